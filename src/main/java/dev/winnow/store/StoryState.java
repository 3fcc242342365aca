package dev.winnow.store;

/** A story's record as the writer keeps it: what is served, and the centroid it clusters by. */
record StoryState(Story story, StoryCentroid centroid) {}
