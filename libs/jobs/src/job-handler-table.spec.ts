import { JobName } from './job-names.js';
import { jobHandlerTable, JobHandlersInvalidError, type FoundHandler } from './job-handler-table.js';

const handler = async () => undefined;
const everyJob = (): FoundHandler[] => Object.values(JobName).map((name) => ({ name, owner: `${name}.handler`, handler }));

describe('jobHandlerTable', () => {
  it('maps every job to its one handler', () => {
    expect([...jobHandlerTable(everyJob()).keys()].sort()).toEqual(Object.values(JobName).sort());
  });

  it('refuses a job with no handler', () => {
    const found = everyJob().filter((each) => each.name !== JobName.FollowUpDue);
    expect(() => jobHandlerTable(found)).toThrow(new JobHandlersInvalidError([`${JobName.FollowUpDue} has no handler`]));
  });

  it('refuses a job with two handlers, naming both', () => {
    const found = [...everyJob(), { name: JobName.StartLeadFollowUp, owner: 'Other.assign', handler }];
    expect(() => jobHandlerTable(found)).toThrow(`${JobName.StartLeadFollowUp} has 2 handlers (${JobName.StartLeadFollowUp}.handler, Other.assign)`);
  });
});
