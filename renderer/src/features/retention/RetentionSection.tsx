import { RetentionSettingsForm } from './RetentionSettingsForm';
import { ExpiredCases } from './ExpiredCases';

/** Innstillinger → Sletting: the retention setting, then the cases past their time. */
export function RetentionSection() {
  return (
    <>
      <RetentionSettingsForm />
      <ExpiredCases />
    </>
  );
}
