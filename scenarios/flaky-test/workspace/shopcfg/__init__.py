"""shopcfg: per-shop settings (currency, locale, tax display) and what is built on them:
price formatting, order exports and the checkout summary."""
