export { type AgingBucket, type AgingReportRow, agingBucket, agingReport } from './aging';
export { type CollectionStats, collectionStats } from './collection';
export { exportInvoicesCsv, exportPaymentsCsv } from './export-csv';
