package org.parallax.event;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.text.ArticleFeatures;
import org.parallax.text.DocumentFrequencies;
import org.parallax.text.SparseVector;
import org.parallax.text.TfIdfVectorizer;

/**
 * What grouping knows of one article: its signature (the terms the inverted index holds for the candidate
 * search: its {@value #SIGNATURE_TERMS} highest TF-IDF body terms, its title terms and its actors, without
 * terms too common to tell one event from another) and its TF-IDF vectors under given corpus statistics
 * (document frequencies, with the number of documents N under the key {@code ""}).
 */
final class Signatures {

    static final int SIGNATURE_TERMS = 20;
    /**
     * Terms and actors in more than this many documents (or more than 1 in {@value #SIGNATURE_MAX_SHARE_INVERSE}
     * documents, whichever is smaller, but never below {@value #SIGNATURE_MIN_DF_CAP}) are left out of
     * signatures: a word carried by hundreds of articles names something larger than one event (which
     * spans tens of articles at most), and leaving such words out keeps every posting list the candidate
     * search reads short, so its cost stops growing once the corpus has 50 × 200 = 10,000 articles.
     */
    static final int SIGNATURE_MAX_DF = 200;
    static final int SIGNATURE_MAX_SHARE_INVERSE = 50;
    static final int SIGNATURE_MIN_DF_CAP = 20;

    /** The article's signature under the corpus statistics {@code df}, without terms too common to tell anything. */
    static Set<String> signature(FeatureArrays own, Map<String, Integer> df) {
        return signature(own, toFeatures(own, vectorizer(df)), df);
    }

    static Set<String> signature(FeatureArrays own, ArticleFeatures article, Map<String, Integer> df) {
        Set<String> signature = signature(own.titleTerms(), own.actorKeys(), article.body());
        int n = df.getOrDefault("", 0);
        int cap = Math.max(SIGNATURE_MIN_DF_CAP, Math.min(SIGNATURE_MAX_DF, n / SIGNATURE_MAX_SHARE_INVERSE));
        signature.removeIf(t -> df.getOrDefault(t, 0) > cap);
        return signature;
    }

    /** The terms whose statistics scoring and the signature of the article need: body and title terms, and actors. */
    static Set<String> ownTerms(FeatureArrays own) {
        Set<String> ownTerms = new HashSet<>(Arrays.asList(own.bodyTerms()));
        ownTerms.addAll(Arrays.asList(own.titleTerms()));
        own.actorKeys().forEach(k -> ownTerms.add(GroupingRepository.ACTOR_PREFIX + k));
        return ownTerms;
    }

    static void addTerms(FeatureArrays f, Set<String> terms) {
        terms.addAll(Arrays.asList(f.bodyTerms()));
        terms.addAll(Arrays.asList(f.titleTerms()));
    }

    /** The article's signature: its highest TF-IDF body terms, its title terms, and its actors. */
    static Set<String> signature(GroupingFeatures f, SparseVector body) {
        return signature(f.title().counts().keySet().toArray(String[]::new), f.actorKeys(), body);
    }

    /** The article's signature: its highest TF-IDF body terms, its title terms, and its actors. */
    static Set<String> signature(String[] titleTerms, Set<String> actorKeys, SparseVector body) {
        Set<String> signature = new LinkedHashSet<>();
        signature.addAll(body.topTerms(SIGNATURE_TERMS));
        signature.addAll(Arrays.asList(titleTerms));
        actorKeys.forEach(k -> signature.add(GroupingRepository.ACTOR_PREFIX + k));
        signature.removeIf(t -> t.isEmpty() || t.length() > 300);
        return signature;
    }

    static Set<String> terms(List<GroupingFeatures> features) {
        Set<String> terms = new HashSet<>();
        for (GroupingFeatures f : features) {
            terms.addAll(f.body().counts().keySet());
            terms.addAll(f.title().counts().keySet());
        }
        return terms;
    }

    /** A vectorizer over corpus statistics: document frequencies with N under the key "" (the map is read, not copied). */
    static TfIdfVectorizer vectorizer(Map<String, Integer> frequencies) {
        int n = frequencies.getOrDefault("", 0);
        return new TfIdfVectorizer(new DocumentFrequencies() {
            @Override
            public int documentCount() {
                return n;
            }

            @Override
            public int documentFrequency(String term) {
                return term.isEmpty() ? 0 : frequencies.getOrDefault(term, 0);
            }
        });
    }

    static ArticleFeatures toFeatures(GroupingFeatures f, TfIdfVectorizer v) {
        return new ArticleFeatures(v.vectorize(f.body()), v.vectorize(f.title()), f.actorKeys(),
                f.publishedAt() == null ? null : f.publishedAt().toInstant());
    }

    static ArticleFeatures toFeatures(FeatureArrays f, TfIdfVectorizer v) {
        return new ArticleFeatures(v.vectorize(f.bodyTerms(), f.bodyCounts()), v.vectorize(f.titleTerms(), f.titleCounts()),
                f.actorKeys(), f.publishedAt() == null ? null : f.publishedAt().toInstant());
    }
}
