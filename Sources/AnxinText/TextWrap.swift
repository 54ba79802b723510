extension TextFit {
    /// `text` broken into lines of at most `width` columns (折行), for notes and help.
    ///
    /// - A line may break between any two wide (CJK) characters, and between a wide
    ///   character and an ASCII word; ASCII words break at spaces, and a word longer
    ///   than a line is cut between grapheme clusters. Clusters are never split.
    /// - The spaces at a break are dropped; all other spaces are kept, so every line
    ///   is a slice of the input.
    /// - Closing punctuation ("，" "。" "」" …) does not start a line and opening
    ///   brackets ("「" "（" …) do not end one: the neighbouring character moves down
    ///   with it when both fit.
    /// - Every newline (LF, CR LF, CR, U+2028, …) starts a new line; "" gives [""].
    /// - Every line is at most `width` columns when `width` >= 2. With a smaller width
    ///   each wide character sits alone on an overfull line, so wrapping always ends.
    public static func wrap(_ text: some StringProtocol, width: Int) -> [String] {
        let text = String(text)
        let limit = max(width, 1)
        var lines: [String] = []
        var paragraphStart = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            if text[index].isNewline {
                lines += wrapParagraph(text[paragraphStart..<index], limit: limit)
                paragraphStart = next
            }
            index = next
        }
        lines += wrapParagraph(text[paragraphStart...], limit: limit)
        return lines
    }

    static func wrapParagraph(_ paragraph: Substring, limit: Int) -> [String] {
        var breaker = LineBreaker(paragraph: paragraph, limit: limit)
        for token in WrapToken.tokens(of: paragraph) {
            breaker.add(token)
        }
        return breaker.finish()
    }
}

/// A run of spaces, a run of narrow non-space clusters (a word), or one wide cluster.
struct WrapToken {
    enum Kind { case spaces, word, wide }
    let kind: Kind
    let range: Range<String.Index>
    let width: Int

    static func tokens(of paragraph: Substring) -> [WrapToken] {
        var tokens: [WrapToken] = []
        var index = paragraph.startIndex
        while index < paragraph.endIndex {
            let character = paragraph[index]
            let next = paragraph.index(after: index)
            let columns = DisplayWidth.of(character)
            let kind: Kind = character == " " ? .spaces : (columns == 2 ? .wide : .word)
            if kind != .wide, let last = tokens.last, last.kind == kind {
                tokens[tokens.count - 1] = WrapToken(
                    kind: kind, range: last.range.lowerBound..<next, width: last.width + columns)
            } else {
                tokens.append(WrapToken(kind: kind, range: index..<next, width: columns))
            }
            index = next
        }
        return tokens
    }
}

/// Greedy line filling over the tokens of one paragraph.
struct LineBreaker {
    let paragraph: Substring
    let limit: Int
    private var lines: [String] = []
    private var line: Range<String.Index>? = nil  // nil until the paragraph's first word
    private var lineWidth = 0
    private var lineTokens: [WrapToken] = []  // the words and wide characters on the line
    private var pendingSpaces: WrapToken? = nil  // kept if the next token fits, else dropped

    init(paragraph: Substring, limit: Int) {
        self.paragraph = paragraph
        self.limit = limit
    }

    mutating func add(_ token: WrapToken) {
        if token.kind == .spaces {
            pendingSpaces = token
            return
        }
        let gap = pendingSpaces?.width ?? 0
        let spaces = pendingSpaces
        pendingSpaces = nil
        guard let current = line else {
            // Leading spaces of a paragraph are indentation, kept when they fit.
            if let spaces, gap + token.width <= limit {
                place(token, from: spaces.range.lowerBound, width: gap + token.width)
            } else {
                start(with: token)
            }
            return
        }
        if lineWidth + gap + token.width <= limit {
            place(token, from: current.lowerBound, width: lineWidth + gap + token.width)
            return
        }
        // Break, keeping typographic pairs together (避头尾): move the line's last
        // tokens down when the next one is closing punctuation or they are opening brackets.
        var carried = 0
        var carriedWidth = 0
        while carried < lineTokens.count - 1 {
            let candidate = lineTokens[lineTokens.count - 1 - carried]
            let follower = carried == 0 ? token : lineTokens[lineTokens.count - carried]
            let wanted = Self.endsWithOpening(candidate, in: paragraph)
                || (carried == 0 && Self.startsWithClosing(token, in: paragraph))
            guard wanted, candidate.range.upperBound == follower.range.lowerBound,
                  carriedWidth + candidate.width + token.width <= limit else { break }
            carried += 1
            carriedWidth += candidate.width
        }
        guard carried > 0 else {
            emit(current)
            start(with: token)
            return
        }
        let moved = Array(lineTokens.suffix(carried))
        emit(current.lowerBound..<moved[0].range.lowerBound)
        line = moved[0].range.lowerBound..<token.range.upperBound
        lineWidth = carriedWidth + token.width
        lineTokens = moved + [token]
    }

    /// The lines of the paragraph; trailing spaces are kept when they fit.
    mutating func finish() -> [String] {
        if let spaces = pendingSpaces {
            if let current = line {
                if lineWidth + spaces.width <= limit {
                    line = current.lowerBound..<spaces.range.upperBound
                }
            } else if spaces.width <= limit {
                line = spaces.range
            }
        }
        emit(line ?? paragraph.startIndex..<paragraph.startIndex)
        return lines
    }

    private mutating func place(_ token: WrapToken, from start: String.Index, width: Int) {
        line = start..<token.range.upperBound
        lineWidth = width
        lineTokens.append(token)
    }

    /// Starts a line with `token`, cutting a word wider than a line between clusters.
    private mutating func start(with token: WrapToken) {
        guard token.kind == .word, token.width > limit else {
            place(token, from: token.range.lowerBound, width: token.width)
            return
        }
        var chunkStart = token.range.lowerBound
        var chunkWidth = 0
        var index = chunkStart
        while index < token.range.upperBound {
            let columns = DisplayWidth.of(paragraph[index])
            if chunkWidth + columns > limit && index > chunkStart {
                emit(chunkStart..<index)
                chunkStart = index
                chunkWidth = 0
            }
            chunkWidth += columns
            index = paragraph.index(after: index)
        }
        let rest = WrapToken(kind: .word, range: chunkStart..<token.range.upperBound, width: chunkWidth)
        place(rest, from: chunkStart, width: chunkWidth)
    }

    private mutating func emit(_ range: Range<String.Index>) {
        lines.append(String(paragraph[range]))
        line = nil
        lineWidth = 0
        lineTokens.removeAll(keepingCapacity: true)
    }

    /// Characters that must not start a line.
    private static let closing: Set<Character> = [
        "，", "。", "、", "；", "：", "？", "！", "）", "」", "』", "】", "》", "〉", "〕", "〗",
        "］", "｝", "・", "～", "％", "…", "‥", "”", "’", ",", ".", ";", ":", "?", "!", ")",
        "]", "}", "%",
    ]

    /// Characters that must not end a line.
    private static let opening: Set<Character> = [
        "（", "「", "『", "【", "《", "〈", "〔", "〖", "［", "｛", "“", "‘", "(", "[", "{",
    ]

    private static func startsWithClosing(_ token: WrapToken, in paragraph: Substring) -> Bool {
        closing.contains(paragraph[token.range.lowerBound])
    }

    private static func endsWithOpening(_ token: WrapToken, in paragraph: Substring) -> Bool {
        guard let last = paragraph[token.range].last else { return false }
        return opening.contains(last)
    }
}
