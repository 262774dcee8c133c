import { ValidateBy, type ValidationOptions } from 'class-validator';
import { accessReasonProblem } from '#crm/compliance';

/** An access reason given in a body, held to the same rule as the X-Access-Reason header. */
export const IsAccessReason = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isAccessReason',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && accessReasonProblem(value) === null,
        defaultMessage: (args) => problemOf(args?.value),
      },
    },
    options,
  );

function problemOf(value: unknown): string {
  if (value === undefined || value === null) return "is required: say why this person's data is exported";
  if (typeof value !== 'string') return 'must be a string';
  return accessReasonProblem(value) ?? '';
}
