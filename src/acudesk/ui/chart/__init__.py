"""The point map: a chart editor over the diagrams, the point catalogue browser, PNG rendering."""
