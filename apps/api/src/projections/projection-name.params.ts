import { Matches } from 'class-validator';

export class ProjectionNameParams {
  @Matches(/^[a-z][a-z0-9_]{0,51}$/, { message: 'must be a projection name such as timeline' })
  name: string;
}
