import type { ReactNode, SVGProps } from "react";
import { SIZE } from "../design/tokens";

const SAMPLE_WIDTH = SIZE.legendSampleWidth;
const HEIGHT = SIZE.legendSampleHeight;

/** A legend sample's line, across the sample at mid height, `inset` short of each end. */
export function SampleLine({
  inset = 2,
  ...stroke
}: { inset?: number } & Pick<
  SVGProps<SVGLineElement>,
  "stroke" | "strokeWidth" | "strokeDasharray" | "strokeLinecap"
>) {
  return <line x1={inset} y1={HEIGHT / 2} x2={SAMPLE_WIDTH - inset} y2={HEIGHT / 2} {...stroke} />;
}

/** A legend sample's box, a badge or a card in miniature, 6 px in from each end. */
export function SampleBox(
  look: Pick<SVGProps<SVGRectElement>, "rx" | "fill" | "stroke" | "strokeDasharray">,
) {
  return <rect x="6" y="1" width={SAMPLE_WIDTH - 12} height={HEIGHT - 2} {...look} />;
}

/** A legend entry's sample picture, beside its words. */
export function Sample({ children }: { children: ReactNode }) {
  return (
    <svg width={SAMPLE_WIDTH} height={HEIGHT} aria-hidden="true">
      {children}
    </svg>
  );
}
