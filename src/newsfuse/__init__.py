"""newsfuse: many news reports in, one cited story article per event out."""

__version__ = "0.1.0"
