package io.denialwatch.stream.analysis;

import io.denialwatch.common.model.Analysis;
import io.denialwatch.common.model.Post;

/**
 * Decides, for one post, whether it is a denial, who denies, which watched persons it concerns
 * and which outlets it names, with the cues that justify it. Pure and thread-confined: the
 * topology calls it once per post; it must never throw on hostile text (it returns an analysis
 * with no persons instead) and must finish in bounded time.
 */
public interface PostAnalyzer {
    Analysis analyze(Post post);

    /**
     * The analysis the join needs: a post that concerns no watched person gives no join event,
     * so an analyser may skip working out what else such a post says (its language, its cues, the
     * outlets it names, whether it denies) and return it with no persons. For a post that concerns someone,
     * the same as {@link #analyze}. By default, {@link #analyze}.
     */
    default Analysis analyzeForJoin(Post post) {
        return analyze(post);
    }

    /**
     * {@link #analyze} ({@code whole}) or {@link #analyzeForJoin}, with the tokens the analysis
     * read, for the join's terms. By default without tokens: the join then tokenises the text.
     */
    default TokenizedAnalysis analyzeTokenized(Post post, boolean whole) {
        return new TokenizedAnalysis(whole ? analyze(post) : analyzeForJoin(post), null);
    }
}
