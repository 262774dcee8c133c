import { Module } from '@nestjs/common';
import { TouchesService } from '../customers/touches/touches.service.js';
import { TasksController } from './tasks.controller.js';
import { TasksService } from './tasks.service.js';

@Module({ controllers: [TasksController], providers: [TasksService, TouchesService] })
export class TasksModule {}
