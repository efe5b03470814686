"""billing-sync: pushes the billing export's invoices to the Ledger API (payments-platform)."""
