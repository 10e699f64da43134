"""Help pages that name what each option takes (FILE, N, DATE), not Python types.

typer prints a type tag beside every parameter (``--resume <bool>``, ``{inputs}...
<list[str]>``, ``--help <bool>``): noise to a reader of ``--help``. These command classes
show an option's metavar (or nothing for a flag) and an argument as ``INPUTS...``.
"""

from __future__ import annotations

from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption


def _plain(param) -> None:
    """Give a parameter a metavar of words instead of its type tag (once: typer asks for the params often)."""
    if getattr(param, "_plain_help", False):
        return
    param._plain_help = True
    if isinstance(param, TyperOption):
        if param.is_flag:
            param.metavar = ""  # a flag takes no value: nothing to show
        elif param.metavar is None:
            param.metavar = param.name.upper()
    elif isinstance(param, TyperArgument):
        name = param.metavar or param.name.upper()
        many = "..." if param.nargs != 1 else ""
        shown = f"{name}{many}" if param.required else f"[{name}]{many}"
        # instance attributes: typer has no setting for these, and its methods print the type
        param.display_type_rich = lambda ctx: None
        param._usage_display_name = lambda: shown
        param.metavar = f"{name}{many}"


class PlainHelpCommand(TyperCommand):
    """A command whose help shows no type tags."""

    def get_params(self, ctx):
        params = super().get_params(ctx)
        for param in params:
            _plain(param)
        return params


class PlainHelpGroup(TyperGroup):
    """The command group (``pressfacts --help``) whose help shows no type tags."""

    def get_params(self, ctx):
        params = super().get_params(ctx)
        for param in params:
            _plain(param)
        return params
