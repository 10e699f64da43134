"""A faster convolution for slovnet's CNN encoders (the NER, the parser, the morphology tagger).

slovnet's numpy ``Conv1d`` copies every window of the padded input into one matrix (in x kernel
columns per position) and multiplies it by the filters. The same sums come out of one product of
the padded input itself with the filters laid side by side (kernel x filters columns), shifted
and added: no window copies, the same number of multiplications. On the encoders of natasha's
models it is 1.5 to 3 times faster per layer, which is most of what the NER and the parser cost.

The weights are slovnet's, untouched; the sums are the same up to float32 rounding (they are
added in another order), which the tests hold to the tags and trees slovnet gives.
"""

from __future__ import annotations

import numpy
from slovnet.exec.model import Conv1d


class StackedConv1d(Conv1d):
    """slovnet's ``Conv1d`` computed as one matrix product over the padded input."""

    def __call__(self, input: numpy.ndarray) -> numpy.ndarray:
        x = input.swapaxes(2, 1)   # batch x length x channels; slovnet passes channels first
        batch, length, channels = x.shape
        filters, _, kernel = self.weight.shape
        padded_length = length + 2 * self.padding
        windows = padded_length - kernel + 1
        padded = numpy.zeros((batch, padded_length, channels), dtype=x.dtype)
        padded[:, self.padding : self.padding + length] = x
        products = (padded.reshape(-1, channels) @ self.stacked).reshape(batch, padded_length, kernel, filters)
        output = products[:, 0:windows, 0] + self.bias.array
        for k in range(1, kernel):   # the k-th kernel column sees the input k positions on
            output += products[:, k : k + windows, k]
        return output.swapaxes(2, 1)   # batch x filters x windows, as slovnet's

    @property
    def stacked(self) -> numpy.ndarray:
        """The filters side by side: channels x (kernel x filters)."""
        if getattr(self, "_stacked", None) is None:
            filters, channels, kernel = self.weight.shape
            self._stacked = numpy.ascontiguousarray(self.weight.array.transpose(1, 2, 0).reshape(channels, kernel * filters))
        return self._stacked


def stack_convolutions(model) -> None:
    """Swap every ``Conv1d`` of a loaded slovnet model's encoder for the stacked one, in place."""
    for layer in model.encoder.layers:
        conv = layer.conv
        if type(conv) is Conv1d:
            layer.conv = StackedConv1d(conv.weight, conv.bias, conv.padding)
