"""Errors that name the input at fault and say what to do about it."""

from __future__ import annotations


class InputError(Exception):
    """Bad input: names the source, says what is wrong and how to fix it."""

    def __init__(self, source: str, problem: str, hint: str) -> None:
        self.source = source
        self.problem = problem
        self.hint = hint
        super().__init__(f"{source}: {problem}. {hint}")
