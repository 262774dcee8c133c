import { Module } from '@nestjs/common';
import { DirectoryController } from './directory.controller.js';
import { DirectoryService } from './directory.service.js';
import { OrganizationContactsController } from './organization-contacts.controller.js';

@Module({ controllers: [DirectoryController, OrganizationContactsController], providers: [DirectoryService] })
export class DirectoryModule {}
