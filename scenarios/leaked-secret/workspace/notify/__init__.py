"""notify-service: order and delivery SMS via the Larkspur Messaging API."""
