import { Module } from '@nestjs/common';
import { AuthController } from '../auth/auth.controller.js';
import { StaffModule } from '../staff/staff.module.js';
import { UsersController } from './users.controller.js';

/** Signing in and the users behind it; the services come from the global AuthModule. */
@Module({ imports: [StaffModule], controllers: [AuthController, UsersController] })
export class UsersModule {}
