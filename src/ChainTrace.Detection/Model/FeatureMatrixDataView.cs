using Microsoft.ML;
using Microsoft.ML.Data;

namespace ChainTrace.Detection;

/// <summary>
/// An ML.NET <see cref="IDataView"/> over selected rows of a <see cref="FeatureMatrix"/>, without copying: a
/// <c>Features</c> vector column and a <c>Label</c> boolean column (false when no labels are given).
/// </summary>
internal sealed class FeatureMatrixDataView : IDataView
{
    public const string FeaturesColumn = "Features";
    public const string LabelColumn = "Label";

    private readonly FeatureMatrix _matrix;
    private readonly IReadOnlyList<int> _rows;
    private readonly IReadOnlyList<bool>? _labels;

    public FeatureMatrixDataView(FeatureMatrix matrix, IReadOnlyList<int> rows, IReadOnlyList<bool>? labels)
    {
        _matrix = matrix;
        _rows = rows;
        _labels = labels;
        var builder = new DataViewSchema.Builder();
        builder.AddColumn(FeaturesColumn, new VectorDataViewType(NumberDataViewType.Single, matrix.ColumnCount));
        builder.AddColumn(LabelColumn, BooleanDataViewType.Instance);
        Schema = builder.ToSchema();
    }

    public bool CanShuffle => false;

    public DataViewSchema Schema { get; }

    public long? GetRowCount() => _rows.Count;

    public DataViewRowCursor GetRowCursor(IEnumerable<DataViewSchema.Column> columnsNeeded, Random? rand = null) => new Cursor(this);

    public DataViewRowCursor[] GetRowCursorSet(IEnumerable<DataViewSchema.Column> columnsNeeded, int n, Random? rand = null) => [new Cursor(this)];

    private sealed class Cursor : DataViewRowCursor
    {
        private readonly FeatureMatrixDataView _view;
        private long _position = -1;

        public Cursor(FeatureMatrixDataView view) => _view = view;

        public override long Position => _position;

        public override long Batch => 0;

        public override DataViewSchema Schema => _view.Schema;

        public override bool MoveNext()
        {
            if (_position + 1 >= _view._rows.Count)
            {
                _position = _view._rows.Count;
                return false;
            }

            _position++;
            return true;
        }

        public override ValueGetter<DataViewRowId> GetIdGetter() =>
            (ref DataViewRowId value) => value = new DataViewRowId((ulong)_position, 0);

        public override bool IsColumnActive(DataViewSchema.Column column) => true;

        public override ValueGetter<TValue> GetGetter<TValue>(DataViewSchema.Column column)
        {
            if (column.Index == 0)
            {
                ValueGetter<VBuffer<float>> features = (ref VBuffer<float> value) =>
                {
                    var width = _view._matrix.ColumnCount;
                    var editor = VBufferEditor.Create(ref value, width);
                    _view._matrix.Row(_view._rows[(int)_position]).CopyTo(editor.Values);
                    value = editor.Commit();
                };
                return (ValueGetter<TValue>)(Delegate)features;
            }

            ValueGetter<bool> label = (ref bool value) => value = _view._labels is { } labels && labels[(int)_position];
            return (ValueGetter<TValue>)(Delegate)label;
        }
    }
}
