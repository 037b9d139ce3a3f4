namespace ChainTrace.Detection;

/// <summary>Helpers over ascending arrays of distinct ids (counterparty sets).</summary>
internal static class SortedInts
{
    /// <summary>The distinct values of <paramref name="values"/>, ascending (sorts the list in place).</summary>
    public static int[] Distinct(List<int> values)
    {
        if (values.Count == 0)
        {
            return [];
        }

        values.Sort();
        var distinct = 1;
        for (var i = 1; i < values.Count; i++)
        {
            distinct += values[i] != values[i - 1] ? 1 : 0;
        }

        var result = new int[distinct];
        result[0] = values[0];
        var k = 1;
        for (var i = 1; i < values.Count; i++)
        {
            if (values[i] != values[i - 1])
            {
                result[k++] = values[i];
            }
        }

        return result;
    }

    /// <summary>How many values two ascending distinct arrays share.</summary>
    public static int IntersectionCount(int[] a, int[] b)
    {
        int i = 0, j = 0, count = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                count++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return count;
    }
}
