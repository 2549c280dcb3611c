import { Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import type { ComponentProps, ReactNode } from 'react';

type Props = ComponentProps<typeof Select> & {
  label: ReactNode;
  description?: ReactNode;
  error?: ReactNode;
};

/** A labelled select with its message below, wired like Designsystemet's Textfield. */
export function SelectField({ label, description, error, className, children, ...rest }: Props) {
  return (
    <Field className={className}>
      <Label>{label}</Label>
      {description && <Field.Description>{description}</Field.Description>}
      <Select aria-invalid={error ? true : undefined} {...rest}>
        {children}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}
