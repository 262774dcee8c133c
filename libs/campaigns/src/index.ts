// Campaign sending: the store the api writes campaigns to and the worker's sending side.
export { CampaignJobsModule } from './campaign-jobs.module.js';
export { CampaignStore, CHUNK_SIZE, type Campaign, type CampaignProgress } from './campaign.store.js';
export { promotionEventId } from './campaign-send.service.js';
export { MarketingPressure, MarketingPressureModule } from './marketing-pressure.js';
