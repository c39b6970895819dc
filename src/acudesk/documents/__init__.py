"""reportlab documents: aftercare sheet, intake summary, chart drawing."""
