"""inventory-service: products, stock and quote prices."""
