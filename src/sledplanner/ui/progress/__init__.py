"""The Progress tab: charts of load, volume, training stress, knee pain and cost."""
