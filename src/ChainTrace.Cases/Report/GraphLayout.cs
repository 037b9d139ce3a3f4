namespace ChainTrace.Cases;

/// <summary>
/// A deterministic layered drawing of a case graph: one column per hop step (addresses of hop h in column 2h,
/// transactions of hop h in column 2h + 1; mirrored for backward traces so seeds stay on the outer side), rows within
/// a column ordered by the mean row of their drawn predecessors (one barycentre sweep), then by tainted amount, then id.
/// </summary>
internal sealed class GraphLayout
{
    /// <summary>Horizontal distance between columns, pixels.</summary>
    public const double ColumnWidth = 210;

    /// <summary>Vertical distance between rows, pixels.</summary>
    public const double RowHeight = 38;

    /// <summary>Space around the drawing, pixels.</summary>
    public const double Margin = 30;

    /// <summary>Width of an address box, pixels.</summary>
    public const double BoxWidth = 150;

    private GraphLayout(Dictionary<string, (double X, double Y)> positions, double width, double height)
    {
        Positions = positions;
        Width = width;
        Height = height;
    }

    /// <summary>Centre of each laid-out node, by id.</summary>
    public IReadOnlyDictionary<string, (double X, double Y)> Positions { get; }

    /// <summary>Width of the drawing, pixels.</summary>
    public double Width { get; }

    /// <summary>Height of the drawing, pixels.</summary>
    public double Height { get; }

    /// <summary>Lays out the given nodes (and the edges between them).</summary>
    public static GraphLayout Compute(CaseGraph graph, IReadOnlyCollection<CaseNode> nodes, CaseDirection direction)
    {
        if (nodes.Count == 0)
        {
            return new GraphLayout([], 2 * Margin, 2 * Margin);
        }

        static int Column(CaseNode node) => (2 * node.Hop) + (node.Kind == CaseNodeKind.Transaction ? 1 : 0);
        var maxColumn = nodes.Max(Column);
        var minColumn = nodes.Min(Column);
        var columns = new List<CaseNode>[maxColumn - minColumn + 1];
        for (var i = 0; i < columns.Length; i++)
        {
            columns[i] = [];
        }

        foreach (var node in nodes)
        {
            var column = Column(node) - minColumn;
            columns[direction == CaseDirection.Backward ? columns.Length - 1 - column : column].Add(node);
        }

        var drawn = nodes.Select(node => node.Id).ToHashSet(StringComparer.Ordinal);
        var predecessors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var edge in graph.Edges)
        {
            if (drawn.Contains(edge.Source) && drawn.Contains(edge.Target))
            {
                var (from, to) = direction == CaseDirection.Backward ? (edge.Target, edge.Source) : (edge.Source, edge.Target);
                if (!predecessors.TryGetValue(to, out var list))
                {
                    predecessors[to] = list = [];
                }

                list.Add(from);
            }
        }

        var rowOf = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            var keyed = column.Select(node => (Node: node, Key: Barycentre(node.Id, predecessors, rowOf))).ToList();
            keyed.Sort((a, b) =>
            {
                var c = a.Key.CompareTo(b.Key);
                if (c == 0) { c = b.Node.Tainted.CompareTo(a.Node.Tainted); }
                return c != 0 ? c : string.CompareOrdinal(a.Node.Id, b.Node.Id);
            });
            column.Clear();
            column.AddRange(keyed.Select(item => item.Node));
            for (var row = 0; row < column.Count; row++)
            {
                rowOf[column[row].Id] = row;
            }
        }

        var maxRows = columns.Max(column => column.Count);
        var positions = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        for (var c = 0; c < columns.Length; c++)
        {
            var offset = (maxRows - columns[c].Count) / 2.0;
            for (var row = 0; row < columns[c].Count; row++)
            {
                var x = Margin + (BoxWidth / 2) + (c * ColumnWidth);
                var y = Margin + (RowHeight / 2) + (Math.Floor(offset + row) * RowHeight);
                positions[columns[c][row].Id] = (x, y);
            }
        }

        return new GraphLayout(positions, (2 * Margin) + BoxWidth + ((columns.Length - 1) * ColumnWidth), (2 * Margin) + (maxRows * RowHeight));
    }

    private static double Barycentre(string id, Dictionary<string, List<string>> predecessors, Dictionary<string, double> rowOf)
    {
        if (!predecessors.TryGetValue(id, out var list))
        {
            return double.MaxValue;
        }

        double sum = 0;
        var count = 0;
        foreach (var from in list)
        {
            if (rowOf.TryGetValue(from, out var row))
            {
                sum += row;
                count++;
            }
        }

        return count == 0 ? double.MaxValue : sum / count;
    }
}
