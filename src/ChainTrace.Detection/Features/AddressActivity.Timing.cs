namespace ChainTrace.Detection;

/// <content>The timing columns: dates, span, gaps, hold time, forwarding and activity days.</content>
internal sealed partial class AddressActivity
{
    private void WriteTiming(Span<float> row, in ActivityStats s)
    {
        long first = long.MaxValue;
        long last = long.MinValue;
        foreach (var (_, time) in _receipts)
        {
            first = Math.Min(first, time);
            last = Math.Max(last, time);
        }

        foreach (var (_, time, _) in _spends)
        {
            first = Math.Min(first, time);
            last = Math.Max(last, time);
        }

        var any = first != long.MaxValue;
        row[FeatureColumns.FirstSeen] = any ? (float)(first / 86_400.0) : float.NaN;
        row[FeatureColumns.LastSeen] = any ? (float)(last / 86_400.0) : float.NaN;
        var span = any ? last - first : 0;
        row[FeatureColumns.ActiveSpan] = span;
        row[FeatureColumns.FirstOutDelay] = _receipts.Count > 0 && _spends.Count > 0 ? _spends[0].Time - _receipts[0].Time : float.NaN;
        _times.Clear();
        foreach (var (_, time) in _receipts)
        {
            _times.Add(time);
        }

        (row[FeatureColumns.InGapMean], row[FeatureColumns.InGapMin]) = Gaps(_times);
        _times.Clear();
        foreach (var (_, time, _) in _spends)
        {
            _times.Add(time);
        }

        (row[FeatureColumns.OutGapMean], row[FeatureColumns.OutGapMin]) = Gaps(_times);
        double holdSum = 0;
        var holds = 0;
        double fast = 0;
        var r = -1;
        foreach (var (tx, time, sent) in _spends)
        {
            while (r + 1 < _receipts.Count && _receipts[r + 1].Tx < tx)
            {
                r++;
            }

            if (r < 0)
            {
                continue;
            }

            var hold = time - _receipts[r].Time;
            holdSum += hold;
            holds++;
            fast += hold <= _forwardWindow ? sent : 0;
        }

        row[FeatureColumns.HoldTimeMean] = holds > 0 ? (float)(holdSum / holds) : float.NaN;
        row[FeatureColumns.FastForwardShare] = s.OutValue > 0 ? (float)(fast / s.OutValue) : float.NaN;
        row[FeatureColumns.TransfersPerDay] = (float)((s.InTransfers + s.OutTransfers) / Math.Max(1.0, span / 86_400.0));
        var events = _receipts.Count + _spends.Count;
        row[FeatureColumns.ZeroValueShare] = events > 0 ? (float)s.ZeroValue / events : float.NaN;
        row[FeatureColumns.ActiveDays] = ActiveDays();
    }

    private int ActiveDays()
    {
        var days = _days;
        days.Clear();
        foreach (var (_, time) in _receipts)
        {
            days.Add(Math.DivRem(time, 86_400L, out var r) - (r < 0 ? 1 : 0));
        }

        foreach (var (_, time, _) in _spends)
        {
            days.Add(Math.DivRem(time, 86_400L, out var r) - (r < 0 ? 1 : 0));
        }

        return days.Count;
    }

    private static (float Mean, float Min) Gaps(List<long> times)
    {
        long previous = 0;
        var count = 0;
        double sum = 0;
        long min = long.MaxValue;
        foreach (var time in times)
        {
            if (count > 0)
            {
                var gap = Math.Abs(time - previous);
                sum += gap;
                min = Math.Min(min, gap);
            }

            previous = time;
            count++;
        }

        return count < 2 ? (float.NaN, float.NaN) : ((float)(sum / (count - 1)), min);
    }
}
