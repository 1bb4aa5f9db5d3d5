package io.denialwatch.stream.analysis;

import io.denialwatch.common.model.Analysis;
import io.denialwatch.common.text.Tokens;

/**
 * An analysis with the tokens of the text it was made from, so that the join's terms are taken
 * from the same words instead of folding and tokenising the text a second time.
 *
 * @param tokens null when the analyser read no text (no text, an error) or keeps none
 */
public record TokenizedAnalysis(Analysis analysis, Tokens tokens) {}
