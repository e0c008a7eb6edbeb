import "./partnership-settings.css";
import { ModesSettings } from "../engagements/modes-settings";
import { TemplateSettings } from "../engagements/template-settings";

/** Settings → Partnerships: the engagement modes and the draft-agreement template of the organisation. */
export function PartnershipSettings() {
  return (
    <div className="stack-lg" data-testid="partnership-settings">
      <ModesSettings />
      <TemplateSettings />
    </div>
  );
}
