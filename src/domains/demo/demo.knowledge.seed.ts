import type { Ctx } from "../../platform/context.js";
import { approve, draft, write } from "../knowledge/knowledge.case-study.service.js";
import { CASE_TEXT } from "../knowledge/knowledge.case-study.wording.js";
import { create as createItem } from "../knowledge/knowledge.service.js";
import { engagementTitlesOf } from "./demo.repo.js";
import type { DemoNgo } from "./demo.story.js";

// Each demo NGO's own knowledge: a private lesson learnt, a practice guide shared with the network, and a case study written from one of its partnerships
// through the same service the app uses (pre-filled, nothing confidential included but what the consent allows),
// its lessons written by a member and approved by an owner or admin, so the network reads it.

interface DemoKnowledge {
  /** A practice guide an admin shares with the network. */
  guide?: { title: string; body: string; language: "en" | "de"; tags: string[] };
  lesson: { title: string; body: string; language: "en" | "de"; tags: string[] };
  caseStudy: {
    engagement: string;
    language: "en" | "de";
    title: string;
    lessons: string;
    /** Include the story with this title (its consent covers knowledge sharing). */
    story?: string;
  };
}

const KNOWLEDGE: Record<DemoNgo["key"], DemoKnowledge> = {
  ngo1: {
    guide: {
      title: "Preparing the first meeting with a company",
      language: "en",
      tags: ["approach", "presenting", "stage:approaching"],
      body: [
        "A first meeting decides whether a company sees a partner or a cause asking for money. What we prepare:",
        "",
        "## Before",
        "",
        "- **Screen first.** Know the company's sector risks and any list entries before anyone calls.",
        "- **Find two people**, one of them with a budget or a say over staff training.",
        "- **One page** on the problem in the company's own context: its sector, its region, its supply chain.",
        "",
        "## In the meeting",
        "",
        "- Ask what the company needs before offering anything; note its words for the proposal.",
        "- Offer two or three ways to work together (a donation is one of them, not the first).",
        "- Never bring a survivor's story without a consent that covers it.",
        "",
        "## After",
        "",
        "- A short thank-you the same week, with the next step and its date.",
        "- Log the meeting on the company's timeline, so a colleague can take over.",
      ].join("\n"),
    },
    lesson: {
      title: "Wenn die Ansprechperson geht: was wir beim Hotelpartner gelernt haben",
      language: "de",
      tags: ["sustaining", "mode:joint_project", "stage:active", "Kontaktwechsel"],
      body: [
        "## Was passiert ist",
        "",
        "Unsere einzige Ansprechperson bei einem Hotelpartner wechselte das Unternehmen. Drei Monate lang antwortete niemand, die zweite Schulungsrunde fiel aus.",
        "",
        "## Was wir jetzt anders machen",
        "",
        "- Von Anfang an mindestens **zwei** Ansprechpersonen im Unternehmen, eine davon in der Geschäftsleitung.",
        "- Die Vereinbarung nennt Rollen, nicht nur Namen.",
        "- Nach jedem Treffen eine kurze Zusammenfassung an beide.",
        "- Ein Wechsel wird in Partnerwise sofort erfasst: Die Übergabeaufgabe entsteht dann von selbst.",
      ].join("\n"),
    },
    caseStudy: {
      engagement: "Training places and bread for the shelter",
      language: "de",
      title: "Fallstudie: Ausbildungsplätze für Betroffene in einer Großbäckerei",
      lessons: [
        "- Die Bäckerei kam auf uns zu. Ernst genommen wurde das Angebot erst, als wir gemeinsam aufschrieben, was ein Ausbildungsplatz für eine Betroffene braucht: feste Ansprechperson, Verständnis für Termine bei Behörden und Beratung, keine Fotos.",
        "- Die Kandidatinnen stellten wir erst nach ihrer Einwilligung und einem Probetag vor.",
        "- Die monatliche Begleitung hält die Partnerschaft am Leben; ohne sie wären die Zusagen des Unternehmens überfällig geblieben.",
      ].join("\n"),
    },
  },
  ngo2: {
    lesson: {
      title: "Preparing candidates before their first day at work",
      language: "en",
      tags: ["sustaining", "mode:employment_reintegration", "preparation"],
      body: [
        "Returning survivors told us the first day at a new employer was the hardest. What helps:",
        "",
        "1. A visit to the workplace together, before the contract is signed.",
        "2. One named person at the employer to call, and one at our foundation.",
        "3. Paperwork (tax number, health insurance, bank account) sorted out before the first day.",
        "4. A check-in call after the first week, and after the first month.",
      ].join("\n"),
    },
    caseStudy: {
      engagement: "Apprenticeships for returning survivors",
      language: "en",
      title: "Case study: apprenticeships for young women returning from exploitation abroad",
      story: "Coming home to a bakery",
      lessons: [
        "- The employer asked for fewer, better-prepared candidates rather than many: we now prepare each candidate for a month.",
        "- A survivor's story helped the owner convince the staff — told anonymised, and only with her consent to share it with our network.",
        "- Apprenticeships outlast one-off donations: three years on, the first apprentice trains the next one.",
      ].join("\n"),
    },
  },
};

/** Seeds one NGO's lesson and its approved network case study (written by a member where the NGO has one). */
export async function addKnowledge(ngo: DemoNgo, ctxOf: (i: number) => Ctx, networkId: string): Promise<void> {
  const k = KNOWLEDGE[ngo.key];
  const writerIndex = Math.max(
    0,
    ngo.users.findIndex((u) => u.role === "member"),
  );
  const writer = ctxOf(writerIndex);
  const approver = ctxOf(
    Math.max(
      0,
      ngo.users.findIndex((u) => u.role === "admin"),
    ),
  );
  await createItem(writer, { ...k.lesson, kind: "lesson", scope: "private", networkId: null });
  if (k.guide) await createItem(approver, { ...k.guide, kind: "practice_guide", scope: "network", networkId });

  const engagementId = (await engagementTitlesOf(writer.db, writer.orgId)).find((e) => e.title === k.caseStudy.engagement)?.id;
  if (!engagementId) throw new Error(`demo: no engagement "${k.caseStudy.engagement}"`);
  // Stories are offered to those holding the stories permission: the owner.
  const pre = await draft(ctxOf(0), engagementId, k.caseStudy.language);
  const story = k.caseStudy.story ? pre.parts.find((p) => p.kind === "story" && p.label === k.caseStudy.story) : undefined;
  if (k.caseStudy.story && !story?.available) throw new Error(`demo: the story "${k.caseStudy.story}" cannot be shared`);
  const body = pre.body.replace(CASE_TEXT.lessonsPrompt[k.caseStudy.language], k.caseStudy.lessons);
  const item = await write(story ? ctxOf(0) : writer, engagementId, {
    language: k.caseStudy.language,
    title: k.caseStudy.title,
    body,
    include: story ? [story.key] : [],
    scope: "network",
    networkId,
  });
  await approve(approver, item.id);
}
