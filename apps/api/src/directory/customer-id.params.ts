import { IsUUID } from 'class-validator';

/** `:id` of the /customers/:id read-model routes. */
export class CustomerIdParams {
  @IsUUID('all', { message: 'must be a UUID' })
  id: string;
}
