// replaced by the first model
