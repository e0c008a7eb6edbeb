import type { Db } from "../../platform/db.js";
import { foldText } from "../../shared/text-fold.js";
import { companyNamed, insertListEntry, insertListShare, networkIdByName } from "./demo.repo.js";
import { DEMO_NETWORK, NGO_1, NGO_2, type DemoNgo } from "./demo.story.js";

// Black and white list entries of both demo NGOs, some shared with the demo network (one name and decision only,
// others with the rationale), so "Shared by my network" and the list signals have something to show. The
// companies are fictional and outside the generated registers, except one the second NGO links to its register.

interface DemoEntry {
  list: "black" | "white";
  companyName: string;
  country: string;
  reason: string;
  share?: "name_and_decision" | "with_rationale";
  /** Link to the company of the NGO's register whose name starts like this. */
  linkTo?: string;
  daysAgo: number;
}

const ENTRIES: Record<DemoNgo["key"], DemoEntry[]> = {
  ngo1: [
    {
      list: "black",
      companyName: "Quickhire Personal GmbH",
      country: "DE",
      reason:
        "Charged Romanian and Bulgarian workers recruitment fees and deducted rent for overcrowded housing from their wages (three counselling cases, 2025). We do not partner.",
      share: "with_rationale",
      daysAgo: 140,
    },
    {
      list: "black",
      companyName: "Nachtfalter Entertainment GmbH",
      country: "DE",
      reason: "Operates adult entertainment venues: a sector we exclude.",
      daysAgo: 90,
    },
    {
      list: "white",
      companyName: "Fair Fabrics Lda",
      country: "PT",
      reason:
        "Independent supply-chain audit in 2025 without findings; pays living wages; has offered training places to survivors since 2019.",
      share: "name_and_decision",
      daysAgo: 60,
    },
  ],
  ngo2: [
    {
      list: "black",
      companyName: "Agencja Pracy Wschód Sp. z o.o.",
      country: "PL",
      reason:
        "Advertised jobs in German meat processing with free housing; two young women we advised had their passports taken on arrival (2024).",
      share: "with_rationale",
      daysAgo: 200,
    },
    {
      list: "black",
      companyName: "Transkarpat Logistics SRL",
      country: "RO",
      reason: "Drivers reported months of unpaid wages and confiscated identity documents; police investigation open.",
      share: "name_and_decision",
      daysAgo: 45,
    },
    {
      list: "white",
      companyName: "Piekarnia Złoty Kłos Sp. z o.o.",
      country: "PL",
      reason: "Long-standing partner: apprenticeships for young women returning from exploitation, checked by us every year.",
      linkTo: "Piekarnia Złoty Kłos",
      daysAgo: 300,
    },
  ],
};

/** Adds the demo list entries and their shares (inside the seed's transaction). */
export async function addListEntries(db: Db, orgIds: Map<DemoNgo["key"], string>, userIds: Map<string, string>): Promise<void> {
  const netId = await networkIdByName(db, DEMO_NETWORK.name);
  const now = Date.now();
  for (const ngo of [NGO_1, NGO_2]) {
    const orgId = orgIds.get(ngo.key)!;
    const owner = userIds.get(ngo.users[0].email)!;
    const author = userIds.get(ngo.users.find((u) => u.role === "member")?.email ?? ngo.users[0].email)!;
    for (const e of ENTRIES[ngo.key]) {
      const linked = e.linkTo ? await companyNamed(db, orgId, e.linkTo) : undefined;
      // An entry about a company of the register is made once the company is in it.
      const at = new Date(Math.max(now - e.daysAgo * 86_400_000, linked ? linked.createdAt.getTime() + 86_400_000 : 0));
      const entryId = await insertListEntry(db, orgId, {
        list: e.list,
        companyName: e.companyName,
        searchName: foldText(e.companyName),
        country: e.country,
        companyId: linked?.id ?? null,
        reason: e.reason,
        createdBy: author,
        updatedBy: author,
        createdAt: at,
        updatedAt: at,
      });
      if (e.share && netId) await insertListShare(db, orgId, { entryId, networkId: netId, mode: e.share, sharedBy: owner, sharedAt: at });
    }
  }
}
