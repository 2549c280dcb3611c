import { ExpiredCases } from './ExpiredCases';
import { RetentionSettingsForm } from './RetentionSettingsForm';

/** Innstillinger → Sletting: the retention setting, then the cases past their time. */
export function RetentionSection() {
  return (
    <>
      <RetentionSettingsForm />
      <ExpiredCases />
    </>
  );
}
