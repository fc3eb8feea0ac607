using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using NetworkingPlatform.OpportunityMatching.Opportunities;

namespace NetworkingPlatform.OpportunityMatching.Matching;

/// <summary>
/// The open opportunities of one tenant in an in-memory Lucene index (BM25). It holds nothing that is not in
/// Marten, so it is rebuilt from there after a restart.
/// </summary>
public sealed class TenantIndex : IDisposable
{
    public const string IdField = "id";
    public const string SideField = "side";
    public const string CategoryField = "category";
    public const string ModeField = "mode";
    public const string KeywordField = "keyword";

    /// <summary>Extra hits fetched because the owner's own opportunities are dropped after the search.</summary>
    private const int OwnOpportunitiesAllowance = 10;

    private readonly Lucene.Net.Store.Directory directory = new RAMDirectory();
    private readonly IndexWriter writer;
    private readonly SearcherManager searchers;
    private readonly ConcurrentDictionary<string, Candidate> candidates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Filter> filters = new(StringComparer.Ordinal);
    private static readonly ISet<string> IdOnly = new HashSet<string> { IdField };

    public TenantIndex()
    {
        writer = new IndexWriter(directory, new IndexWriterConfig(LanguageAnalyzers.Version, LanguageAnalyzers.Create())
        {
            Similarity = new BM25Similarity(),
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 256,
            UseCompoundFile = false,
        });
        searchers = new SearcherManager(writer, true, new Bm25SearcherFactory());
    }

    public int Count => candidates.Count;

    public Candidate? Find(string id) => candidates.GetValueOrDefault(id);

    /// <summary>
    /// Adds or replaces an opportunity; <paramref name="refresh"/> false defers visibility to a later <see cref="Refresh"/>.
    /// Answers whether the Lucene index changed.
    /// </summary>
    /// <remarks>
    /// An opportunity put again as Lucene already has it (the follower rereads every row changed in its window, a
    /// match alert rewrites the row) leaves Lucene alone: a replaced document stays in BM25's statistics until a merge
    /// drops it, so replacing it with itself would move the scores of every match in the tenant.
    /// </remarks>
    public bool Put(Candidate candidate, bool refresh = true)
    {
        if (candidates.TryAdd(candidate.Id, candidate))
        {
            // A new id needs no delete: buffered deletes are looked up term by term at every flush.
            writer.AddDocument(ToDocument(candidate));
        }
        else
        {
            var previous = candidates[candidate.Id];
            candidates[candidate.Id] = candidate;
            if (IndexedAlike(previous, candidate))
            {
                return false;
            }

            writer.UpdateDocument(new Term(IdField, candidate.Id), ToDocument(candidate));
        }

        if (refresh)
        {
            Refresh();
        }

        return true;
    }

    public void Remove(string id)
    {
        if (candidates.TryRemove(id, out _))
        {
            writer.DeleteDocuments(new Term(IdField, id));
            Refresh();
        }
    }

    public void Refresh() => searchers.MaybeRefreshBlocking();

    /// <summary>
    /// The best candidates by BM25 passing a filter, other than the excluded owner's. Filters are cached per key:
    /// their bit sets are kept per index segment, so a search costs the scoring only.
    /// </summary>
    public IReadOnlyList<(Candidate Candidate, float Score)> Search(
        Func<IndexReader, Query?> query, string filterKey, Func<Filter> filter, string excludedOwner, int limit)
    {
        var cached = filters.GetOrAdd(filterKey, _ => new CachingWrapperFilter(filter()));
        var searcher = searchers.Acquire();
        try
        {
            if (query(searcher.IndexReader) is not { } built)
            {
                return [];
            }

            var hits = searcher.Search(built, cached, limit + OwnOpportunitiesAllowance).ScoreDocs;
            var found = new List<(Candidate, float)>(hits.Length);
            foreach (var hit in hits)
            {
                if (candidates.TryGetValue(searcher.Doc(hit.Doc, IdOnly).Get(IdField), out var candidate) && candidate.Owner != excludedOwner && found.Count < limit)
                {
                    found.Add((candidate, hit.Score));
                }
            }

            return found;
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    private static Document ToDocument(Candidate candidate)
    {
        var details = candidate.Details;
        var document = new Document
        {
            new StringField(IdField, candidate.Id, Field.Store.YES),
            new StringField(SideField, details.Side, Field.Store.NO),
            new StringField(CategoryField, details.Category, Field.Store.NO),
            new StringField(ModeField, details.Mode, Field.Store.NO),
        };
        foreach (var field in LanguageAnalyzers.FieldsFor(details.Languages))
        {
            document.Add(new TextField(field, candidate.Text, Field.Store.NO));
        }

        foreach (var keyword in candidate.Keywords)
        {
            document.Add(new StringField(KeywordField, keyword, Field.Store.NO));
        }

        return document;
    }

    /// <summary>Whether two versions of an opportunity give the same Lucene document (see <see cref="ToDocument"/>).</summary>
    private static bool IndexedAlike(Candidate indexed, Candidate candidate) =>
        indexed.Details.Side == candidate.Details.Side
        && indexed.Details.Category == candidate.Details.Category
        && indexed.Details.Mode == candidate.Details.Mode
        && string.Equals(indexed.Text, candidate.Text, StringComparison.Ordinal)
        && LanguageAnalyzers.FieldsFor(indexed.Details.Languages).SequenceEqual(LanguageAnalyzers.FieldsFor(candidate.Details.Languages))
        && indexed.Keywords.SetEquals(candidate.Keywords);

    public void Dispose()
    {
        searchers.Dispose();
        writer.Dispose();
        directory.Dispose();
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
    }
}
