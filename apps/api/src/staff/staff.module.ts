import { Module } from '@nestjs/common';
import { CommandsModule } from '#crm/commands';
import { StaffController } from './staff.controller.js';
import { StaffService } from './staff.service.js';

@Module({ imports: [CommandsModule], controllers: [StaffController], providers: [StaffService] })
export class StaffModule {}
