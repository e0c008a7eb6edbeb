import { describe, expect, it } from "vitest";
import { keysOf } from "../../platform/i18n.js";
import { NETWORK_MAIL_TEXT, networkInvitationMail } from "./networks.mail-text.js";

describe("network invitation mail text", () => {
  it("has every text in English and German, and is written in the recipient's language", () => {
    expect(keysOf(NETWORK_MAIL_TEXT.de).sort()).toEqual(keysOf(NETWORK_MAIL_TEXT.en).sort());
    const p = { organization: "La Strada", network: "Balkan Network", networkId: "n-1", inviter: "Ana", link: "https://p.example.org" };
    const de = networkInvitationMail({ email: "a@example.org", locale: "de" }, p);
    expect(de.subject).toBe("La Strada ist in das Netzwerk Balkan Network eingeladen");
    expect(de.text).toContain("https://p.example.org");
    expect(de.text).toContain("/api/v1/networks/n-1/accept");
    const en = networkInvitationMail({ email: "a@example.org" }, p);
    expect(en.subject).toBe("La Strada is invited to the network Balkan Network");
    expect(en.text).toContain("Ana invited La Strada to the network Balkan Network");
  });
});
