"""The IT admin screen: users, settings, and import / export / backup."""
