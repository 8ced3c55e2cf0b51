/** CSS named colours (CSS Color 4) and `transparent`; `currentcolor` is not a theme colour. */
const named = new Set(
  `aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue
  blueviolet brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson
  cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta
  darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue
  darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey
  dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray
  green greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush
  lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen
  lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey
  lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine mediumblue
  mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise
  mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive
  olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred
  papayawhip peachpuff peru pink plum powderblue purple rebeccapurple red rosybrown royalblue
  saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray
  slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white
  whitesmoke yellow yellowgreen transparent`.split(/\s+/),
);

const hex = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const fn = /^(rgba?|hsla?|oklch)\((.*)\)$/i;
const number = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?(?:%|deg|rad|grad|turn)?$/i;

/**
 * Whether a theme value is a colour a browser will accept. Deliberately narrow: anything
 * else (a typo, `var()`, a stray `;`) would make the browser drop the declaration silently,
 * and the portal would show the default palette instead of the district's.
 */
export function isColour(value: string): boolean {
  const v = value.trim();
  if (hex.test(v) || named.has(v.toLowerCase())) return true;
  const [, , args] = fn.exec(v) ?? [];
  if (args === undefined) return false;
  const parts = args.trim().split(/\s*[\s,/]\s*/);
  return (
    (parts.length === 3 || parts.length === 4) &&
    parts.every((p) => number.test(p) || p.toLowerCase() === 'none')
  );
}
