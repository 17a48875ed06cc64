/**
 * Plain-Java building blocks of the article panes (no JavaFX here, so they run and test off the FX
 * thread): the display text with its offset mapping, quote marks, style runs and find.
 */
package org.quotebench.ui.text;
