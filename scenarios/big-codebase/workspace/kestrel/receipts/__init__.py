"""Payment receipts: the e-mail a customer gets when a payment arrives."""
