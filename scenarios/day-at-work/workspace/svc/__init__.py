"""shipping-svc: delivery promises (ETAs) for the checkout and the tracking page."""
