"""Isolated's _ast: the AST node classes of Python 3.12's grammar (Parser/Python.asdl).

CPython writes this module in C. Here the classes are made from a table of each node's fields
and attributes; optional fields and end positions default to None on the class, as CPython's
do. compile() with PyCF_ONLY_AST (so ast.parse) builds trees of these classes from the parser's
syntax tree, and compile() of such a tree reads it back (Isolated.Modules.Ast, in C#).
"""

PyCF_ONLY_AST = 0x400
PyCF_TYPE_COMMENTS = 0x1000
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000

# The operator and context instances (Add(), Load()...) that parsed trees share, one per class as
# in CPython; filled by compile() on first use.
_parser_singletons = {}


class AST:
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        if len(args) > len(fields):
            raise TypeError(f"{type(self).__name__} constructor takes at most "
                            f"{len(fields)} positional argument{'' if len(fields) == 1 else 's'}")
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name in fields[:len(args)]:
                raise TypeError(f"{type(self).__name__} got multiple values for argument {name!r}")
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


AST.__module__ = "ast"

# (name, base, _fields or () to inherit, _attributes or None to inherit, fields defaulting to None)
_NODES = (
    ('operator', 'AST', (), (), ()),
    ('Add', 'operator', (), None, ()),
    ('boolop', 'AST', (), (), ()),
    ('And', 'boolop', (), None, ()),
    ('stmt', 'AST', (), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('end_lineno', 'end_col_offset')),
    ('AnnAssign', 'stmt', ('target', 'annotation', 'value', 'simple'), None, ('value',)),
    ('Assert', 'stmt', ('test', 'msg'), None, ('msg',)),
    ('Assign', 'stmt', ('targets', 'value', 'type_comment'), None, ('type_comment',)),
    ('AsyncFor', 'stmt', ('target', 'iter', 'body', 'orelse', 'type_comment'), None, ('type_comment',)),
    ('AsyncFunctionDef', 'stmt', ('name', 'args', 'body', 'decorator_list', 'returns', 'type_comment', 'type_params'), None, ('returns', 'type_comment')),
    ('AsyncWith', 'stmt', ('items', 'body', 'type_comment'), None, ('type_comment',)),
    ('expr', 'AST', (), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('end_lineno', 'end_col_offset')),
    ('Attribute', 'expr', ('value', 'attr', 'ctx'), None, ()),
    ('AugAssign', 'stmt', ('target', 'op', 'value'), None, ()),
    ('Await', 'expr', ('value',), None, ()),
    ('BinOp', 'expr', ('left', 'op', 'right'), None, ()),
    ('BitAnd', 'operator', (), None, ()),
    ('BitOr', 'operator', (), None, ()),
    ('BitXor', 'operator', (), None, ()),
    ('BoolOp', 'expr', ('op', 'values'), None, ()),
    ('Break', 'stmt', (), None, ()),
    ('Call', 'expr', ('func', 'args', 'keywords'), None, ()),
    ('ClassDef', 'stmt', ('name', 'bases', 'keywords', 'body', 'decorator_list', 'type_params'), None, ()),
    ('Compare', 'expr', ('left', 'ops', 'comparators'), None, ()),
    ('Constant', 'expr', ('value', 'kind'), None, ('kind',)),
    ('Continue', 'stmt', (), None, ()),
    ('expr_context', 'AST', (), (), ()),
    ('Del', 'expr_context', (), None, ()),
    ('Delete', 'stmt', ('targets',), None, ()),
    ('Dict', 'expr', ('keys', 'values'), None, ()),
    ('DictComp', 'expr', ('key', 'value', 'generators'), None, ()),
    ('Div', 'operator', (), None, ()),
    ('cmpop', 'AST', (), (), ()),
    ('Eq', 'cmpop', (), None, ()),
    ('excepthandler', 'AST', (), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('end_lineno', 'end_col_offset')),
    ('ExceptHandler', 'excepthandler', ('type', 'name', 'body'), None, ('type', 'name')),
    ('Expr', 'stmt', ('value',), None, ()),
    ('mod', 'AST', (), (), ()),
    ('Expression', 'mod', ('body',), None, ()),
    ('FloorDiv', 'operator', (), None, ()),
    ('For', 'stmt', ('target', 'iter', 'body', 'orelse', 'type_comment'), None, ('type_comment',)),
    ('FormattedValue', 'expr', ('value', 'conversion', 'format_spec'), None, ('format_spec',)),
    ('FunctionDef', 'stmt', ('name', 'args', 'body', 'decorator_list', 'returns', 'type_comment', 'type_params'), None, ('returns', 'type_comment')),
    ('FunctionType', 'mod', ('argtypes', 'returns'), None, ()),
    ('GeneratorExp', 'expr', ('elt', 'generators'), None, ()),
    ('Global', 'stmt', ('names',), None, ()),
    ('Gt', 'cmpop', (), None, ()),
    ('GtE', 'cmpop', (), None, ()),
    ('If', 'stmt', ('test', 'body', 'orelse'), None, ()),
    ('IfExp', 'expr', ('test', 'body', 'orelse'), None, ()),
    ('Import', 'stmt', ('names',), None, ()),
    ('ImportFrom', 'stmt', ('module', 'names', 'level'), None, ('module', 'level')),
    ('In', 'cmpop', (), None, ()),
    ('Interactive', 'mod', ('body',), None, ()),
    ('unaryop', 'AST', (), (), ()),
    ('Invert', 'unaryop', (), None, ()),
    ('Is', 'cmpop', (), None, ()),
    ('IsNot', 'cmpop', (), None, ()),
    ('JoinedStr', 'expr', ('values',), None, ()),
    ('LShift', 'operator', (), None, ()),
    ('Lambda', 'expr', ('args', 'body'), None, ()),
    ('List', 'expr', ('elts', 'ctx'), None, ()),
    ('ListComp', 'expr', ('elt', 'generators'), None, ()),
    ('Load', 'expr_context', (), None, ()),
    ('Lt', 'cmpop', (), None, ()),
    ('LtE', 'cmpop', (), None, ()),
    ('MatMult', 'operator', (), None, ()),
    ('Match', 'stmt', ('subject', 'cases'), None, ()),
    ('pattern', 'AST', (), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('MatchAs', 'pattern', ('pattern', 'name'), None, ('pattern', 'name')),
    ('MatchClass', 'pattern', ('cls', 'patterns', 'kwd_attrs', 'kwd_patterns'), None, ()),
    ('MatchMapping', 'pattern', ('keys', 'patterns', 'rest'), None, ('rest',)),
    ('MatchOr', 'pattern', ('patterns',), None, ()),
    ('MatchSequence', 'pattern', ('patterns',), None, ()),
    ('MatchSingleton', 'pattern', ('value',), None, ()),
    ('MatchStar', 'pattern', ('name',), None, ('name',)),
    ('MatchValue', 'pattern', ('value',), None, ()),
    ('Mod', 'operator', (), None, ()),
    ('Module', 'mod', ('body', 'type_ignores'), None, ()),
    ('Mult', 'operator', (), None, ()),
    ('Name', 'expr', ('id', 'ctx'), None, ()),
    ('NamedExpr', 'expr', ('target', 'value'), None, ()),
    ('Nonlocal', 'stmt', ('names',), None, ()),
    ('Not', 'unaryop', (), None, ()),
    ('NotEq', 'cmpop', (), None, ()),
    ('NotIn', 'cmpop', (), None, ()),
    ('Or', 'boolop', (), None, ()),
    ('type_param', 'AST', (), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('ParamSpec', 'type_param', ('name',), None, ()),
    ('Pass', 'stmt', (), None, ()),
    ('Pow', 'operator', (), None, ()),
    ('RShift', 'operator', (), None, ()),
    ('Raise', 'stmt', ('exc', 'cause'), None, ('exc', 'cause')),
    ('Return', 'stmt', ('value',), None, ('value',)),
    ('Set', 'expr', ('elts',), None, ()),
    ('SetComp', 'expr', ('elt', 'generators'), None, ()),
    ('Slice', 'expr', ('lower', 'upper', 'step'), None, ('lower', 'upper', 'step')),
    ('Starred', 'expr', ('value', 'ctx'), None, ()),
    ('Store', 'expr_context', (), None, ()),
    ('Sub', 'operator', (), None, ()),
    ('Subscript', 'expr', ('value', 'slice', 'ctx'), None, ()),
    ('Try', 'stmt', ('body', 'handlers', 'orelse', 'finalbody'), None, ()),
    ('TryStar', 'stmt', ('body', 'handlers', 'orelse', 'finalbody'), None, ()),
    ('Tuple', 'expr', ('elts', 'ctx'), None, ()),
    ('TypeAlias', 'stmt', ('name', 'type_params', 'value'), None, ()),
    ('type_ignore', 'AST', (), (), ()),
    ('TypeIgnore', 'type_ignore', ('lineno', 'tag'), None, ()),
    ('TypeVar', 'type_param', ('name', 'bound'), None, ('bound',)),
    ('TypeVarTuple', 'type_param', ('name',), None, ()),
    ('UAdd', 'unaryop', (), None, ()),
    ('USub', 'unaryop', (), None, ()),
    ('UnaryOp', 'expr', ('op', 'operand'), None, ()),
    ('While', 'stmt', ('test', 'body', 'orelse'), None, ()),
    ('With', 'stmt', ('items', 'body', 'type_comment'), None, ('type_comment',)),
    ('Yield', 'expr', ('value',), None, ('value',)),
    ('YieldFrom', 'expr', ('value',), None, ()),
    ('alias', 'AST', ('name', 'asname'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('asname', 'end_lineno', 'end_col_offset')),
    ('arg', 'AST', ('arg', 'annotation', 'type_comment'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('annotation', 'type_comment', 'end_lineno', 'end_col_offset')),
    ('arguments', 'AST', ('posonlyargs', 'args', 'vararg', 'kwonlyargs', 'kw_defaults', 'kwarg', 'defaults'), (), ('vararg', 'kwarg')),
    ('comprehension', 'AST', ('target', 'iter', 'ifs', 'is_async'), (), ()),
    ('keyword', 'AST', ('arg', 'value'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('arg', 'end_lineno', 'end_col_offset')),
    ('match_case', 'AST', ('pattern', 'guard', 'body'), (), ('guard',)),
    ('withitem', 'AST', ('context_expr', 'optional_vars'), (), ('optional_vars',)),
)


def _make_nodes(namespace):
    for name, base, fields, attributes, optional in _NODES:
        body = {"__module__": "ast", "__match_args__": fields}
        if fields or base == "AST":
            body["_fields"] = fields
        if attributes is not None:
            body["_attributes"] = attributes
        for field in optional:
            body[field] = None
        namespace[name] = type(name, (namespace[base],), body)


_make_nodes(globals())
del _make_nodes
