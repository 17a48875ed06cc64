package org.quotebench.core;

/**
 * What a workspace taught the quote finder: the changes to the shipped speaker ranker's weights, as
 * the ranker's own text, with how many confirmed quotes in how many articles they came from and when.
 */
public record TaughtFinder(String changes, int quotes, int articles, String taughtAt) {
}
