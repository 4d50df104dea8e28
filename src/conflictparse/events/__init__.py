"""Events: a report put together from every layer: incidents, dates, actors, types, tolls."""
