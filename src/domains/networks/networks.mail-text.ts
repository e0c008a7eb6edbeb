import { languageOf, translator } from "../../platform/i18n.js";
import type { Mail } from "../../platform/mailer.js";

// The invitation of an organisation to a network, mailed to its owners and admins in each one's language.

export const NETWORK_MAIL_TEXT = {
  en: {
    invitation: {
      subject: "{{organization}} is invited to the network {{network}}",
      text: "{{inviter}} invited {{organization}} to the network {{network}} on Partnerwise.\n\nAs an owner or admin of {{organization}} you decide whether it joins: sign in to {{link}} with {{organization}} as your active organisation and accept or decline the invitation (API: POST /api/v1/networks/{{networkId}}/accept or /decline).\n\nUntil you accept, the network's coordinators do not see your organisation's name, and nothing is shared.",
    },
  },
  de: {
    invitation: {
      subject: "{{organization}} ist in das Netzwerk {{network}} eingeladen",
      text: "{{inviter}} hat {{organization}} in das Netzwerk {{network}} auf Partnerwise eingeladen.\n\nAls Inhaber:in oder Admin von {{organization}} entscheiden Sie, ob sie beitritt: Melden Sie sich bei {{link}} mit {{organization}} als aktiver Organisation an und nehmen Sie die Einladung an oder lehnen Sie sie ab (API: POST /api/v1/networks/{{networkId}}/accept oder /decline).\n\nBis Sie annehmen, sehen die Koordinator:innen des Netzwerks den Namen Ihrer Organisation nicht, und nichts wird geteilt.",
    },
  },
};

const t = translator(NETWORK_MAIL_TEXT);

/** The invitation mail to one owner or admin of the invited organisation. */
export function networkInvitationMail(
  to: { email: string; locale?: string | null },
  p: { organization: string; network: string; networkId: string; inviter: string; link: string },
): Mail {
  const tr = t(languageOf(to.locale));
  return { to: to.email, subject: tr("invitation.subject", p), text: tr("invitation.text", p) };
}
