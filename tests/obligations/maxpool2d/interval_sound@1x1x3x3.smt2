; torchsmt obligation maxpool2d.interval_sound@1x1x3x3 (lemma, op maxpool2d, interval_sound)
; l <= x <= u -> lo <= f(x) <= hi at shapes ((1, 1, 3, 3),) (on the op's domain)
(set-info :source |torchsmt lemma maxpool2d.interval_sound@1x1x3x3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0_0_0_0 () Real)
(declare-fun l0_0_0_0_0 () Real)
(declare-fun u0_0_0_0_0 () Real)
(declare-fun x0_0_0_0_1 () Real)
(declare-fun l0_0_0_0_1 () Real)
(declare-fun u0_0_0_0_1 () Real)
(declare-fun x0_0_0_0_2 () Real)
(declare-fun l0_0_0_0_2 () Real)
(declare-fun u0_0_0_0_2 () Real)
(declare-fun x0_0_0_1_0 () Real)
(declare-fun l0_0_0_1_0 () Real)
(declare-fun u0_0_0_1_0 () Real)
(declare-fun x0_0_0_1_1 () Real)
(declare-fun l0_0_0_1_1 () Real)
(declare-fun u0_0_0_1_1 () Real)
(declare-fun x0_0_0_1_2 () Real)
(declare-fun l0_0_0_1_2 () Real)
(declare-fun u0_0_0_1_2 () Real)
(declare-fun x0_0_0_2_0 () Real)
(declare-fun l0_0_0_2_0 () Real)
(declare-fun u0_0_0_2_0 () Real)
(declare-fun x0_0_0_2_1 () Real)
(declare-fun l0_0_0_2_1 () Real)
(declare-fun u0_0_0_2_1 () Real)
(declare-fun x0_0_0_2_2 () Real)
(declare-fun l0_0_0_2_2 () Real)
(declare-fun u0_0_0_2_2 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0_0_0_0 x0_0_0_0_0))
(assert
 (<= x0_0_0_0_0 u0_0_0_0_0))
(assert
 (<= l0_0_0_0_1 x0_0_0_0_1))
(assert
 (<= x0_0_0_0_1 u0_0_0_0_1))
(assert
 (<= l0_0_0_0_2 x0_0_0_0_2))
(assert
 (<= x0_0_0_0_2 u0_0_0_0_2))
(assert
 (<= l0_0_0_1_0 x0_0_0_1_0))
(assert
 (<= x0_0_0_1_0 u0_0_0_1_0))
(assert
 (<= l0_0_0_1_1 x0_0_0_1_1))
(assert
 (<= x0_0_0_1_1 u0_0_0_1_1))
(assert
 (<= l0_0_0_1_2 x0_0_0_1_2))
(assert
 (<= x0_0_0_1_2 u0_0_0_1_2))
(assert
 (<= l0_0_0_2_0 x0_0_0_2_0))
(assert
 (<= x0_0_0_2_0 u0_0_0_2_0))
(assert
 (<= l0_0_0_2_1 x0_0_0_2_1))
(assert
 (<= x0_0_0_2_1 u0_0_0_2_1))
(assert
 (<= l0_0_0_2_2 x0_0_0_2_2))
(assert
 (<= x0_0_0_2_2 u0_0_0_2_2))
(assert
 (let ((?x51 (ite (> x0_0_0_0_0 x0_0_0_0_1) x0_0_0_0_0 x0_0_0_0_1)))
(let ((?x53 (ite (> ?x51 x0_0_0_1_0) ?x51 x0_0_0_1_0)))
(let ((?x55 (ite (> ?x53 x0_0_0_1_1) ?x53 x0_0_0_1_1)))
(let ((?x88 (ite (and (distinct l0_0_0_1_1 l0_0_0_1_1) true) -inf! l0_0_0_1_1)))
(let ((?x87 (ite (and (distinct l0_0_0_1_0 l0_0_0_1_0) true) -inf! l0_0_0_1_0)))
(let ((?x85 (ite (and (distinct l0_0_0_0_1 l0_0_0_0_1) true) -inf! l0_0_0_0_1)))
(let ((?x84 (ite (and (distinct l0_0_0_0_0 l0_0_0_0_0) true) -inf! l0_0_0_0_0)))
(let ((?x113 (ite (> ?x84 ?x85) ?x84 ?x85)))
(let ((?x115 (ite (> ?x113 ?x87) ?x113 ?x87)))
(let ((?x117 (ite (> ?x115 ?x88) ?x115 ?x88)))
(let (($x162 (or (= ?x117 -inf!) (<= ?x117 ?x55))))
(not $x162)))))))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0_0_0 () Real)
(declare-fun l0_0_0_0_0 () Real)
(declare-fun u0_0_0_0_0 () Real)
(declare-fun x0_0_0_0_1 () Real)
(declare-fun l0_0_0_0_1 () Real)
(declare-fun u0_0_0_0_1 () Real)
(declare-fun x0_0_0_0_2 () Real)
(declare-fun l0_0_0_0_2 () Real)
(declare-fun u0_0_0_0_2 () Real)
(declare-fun x0_0_0_1_0 () Real)
(declare-fun l0_0_0_1_0 () Real)
(declare-fun u0_0_0_1_0 () Real)
(declare-fun x0_0_0_1_1 () Real)
(declare-fun l0_0_0_1_1 () Real)
(declare-fun u0_0_0_1_1 () Real)
(declare-fun x0_0_0_1_2 () Real)
(declare-fun l0_0_0_1_2 () Real)
(declare-fun u0_0_0_1_2 () Real)
(declare-fun x0_0_0_2_0 () Real)
(declare-fun l0_0_0_2_0 () Real)
(declare-fun u0_0_0_2_0 () Real)
(declare-fun x0_0_0_2_1 () Real)
(declare-fun l0_0_0_2_1 () Real)
(declare-fun u0_0_0_2_1 () Real)
(declare-fun x0_0_0_2_2 () Real)
(declare-fun l0_0_0_2_2 () Real)
(declare-fun u0_0_0_2_2 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0_0_0_0 x0_0_0_0_0))
(assert
 (<= x0_0_0_0_0 u0_0_0_0_0))
(assert
 (<= l0_0_0_0_1 x0_0_0_0_1))
(assert
 (<= x0_0_0_0_1 u0_0_0_0_1))
(assert
 (<= l0_0_0_0_2 x0_0_0_0_2))
(assert
 (<= x0_0_0_0_2 u0_0_0_0_2))
(assert
 (<= l0_0_0_1_0 x0_0_0_1_0))
(assert
 (<= x0_0_0_1_0 u0_0_0_1_0))
(assert
 (<= l0_0_0_1_1 x0_0_0_1_1))
(assert
 (<= x0_0_0_1_1 u0_0_0_1_1))
(assert
 (<= l0_0_0_1_2 x0_0_0_1_2))
(assert
 (<= x0_0_0_1_2 u0_0_0_1_2))
(assert
 (<= l0_0_0_2_0 x0_0_0_2_0))
(assert
 (<= x0_0_0_2_0 u0_0_0_2_0))
(assert
 (<= l0_0_0_2_1 x0_0_0_2_1))
(assert
 (<= x0_0_0_2_1 u0_0_0_2_1))
(assert
 (<= l0_0_0_2_2 x0_0_0_2_2))
(assert
 (<= x0_0_0_2_2 u0_0_0_2_2))
(assert
 (let ((?x107 (ite (and (distinct u0_0_0_1_1 u0_0_0_1_1) true) +inf! u0_0_0_1_1)))
(let ((?x106 (ite (and (distinct u0_0_0_1_0 u0_0_0_1_0) true) +inf! u0_0_0_1_0)))
(let ((?x104 (ite (and (distinct u0_0_0_0_1 u0_0_0_0_1) true) +inf! u0_0_0_0_1)))
(let ((?x103 (ite (and (distinct u0_0_0_0_0 u0_0_0_0_0) true) +inf! u0_0_0_0_0)))
(let ((?x137 (ite (> ?x103 ?x104) ?x103 ?x104)))
(let ((?x139 (ite (> ?x137 ?x106) ?x137 ?x106)))
(let ((?x141 (ite (> ?x139 ?x107) ?x139 ?x107)))
(let ((?x51 (ite (> x0_0_0_0_0 x0_0_0_0_1) x0_0_0_0_0 x0_0_0_0_1)))
(let ((?x53 (ite (> ?x51 x0_0_0_1_0) ?x51 x0_0_0_1_0)))
(let ((?x55 (ite (> ?x53 x0_0_0_1_1) ?x53 x0_0_0_1_1)))
(let (($x165 (or (= ?x141 +inf!) (<= ?x55 ?x141))))
(not $x165)))))))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0_0_0 () Real)
(declare-fun l0_0_0_0_0 () Real)
(declare-fun u0_0_0_0_0 () Real)
(declare-fun x0_0_0_0_1 () Real)
(declare-fun l0_0_0_0_1 () Real)
(declare-fun u0_0_0_0_1 () Real)
(declare-fun x0_0_0_0_2 () Real)
(declare-fun l0_0_0_0_2 () Real)
(declare-fun u0_0_0_0_2 () Real)
(declare-fun x0_0_0_1_0 () Real)
(declare-fun l0_0_0_1_0 () Real)
(declare-fun u0_0_0_1_0 () Real)
(declare-fun x0_0_0_1_1 () Real)
(declare-fun l0_0_0_1_1 () Real)
(declare-fun u0_0_0_1_1 () Real)
(declare-fun x0_0_0_1_2 () Real)
(declare-fun l0_0_0_1_2 () Real)
(declare-fun u0_0_0_1_2 () Real)
(declare-fun x0_0_0_2_0 () Real)
(declare-fun l0_0_0_2_0 () Real)
(declare-fun u0_0_0_2_0 () Real)
(declare-fun x0_0_0_2_1 () Real)
(declare-fun l0_0_0_2_1 () Real)
(declare-fun u0_0_0_2_1 () Real)
(declare-fun x0_0_0_2_2 () Real)
(declare-fun l0_0_0_2_2 () Real)
(declare-fun u0_0_0_2_2 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0_0_0_0 x0_0_0_0_0))
(assert
 (<= x0_0_0_0_0 u0_0_0_0_0))
(assert
 (<= l0_0_0_0_1 x0_0_0_0_1))
(assert
 (<= x0_0_0_0_1 u0_0_0_0_1))
(assert
 (<= l0_0_0_0_2 x0_0_0_0_2))
(assert
 (<= x0_0_0_0_2 u0_0_0_0_2))
(assert
 (<= l0_0_0_1_0 x0_0_0_1_0))
(assert
 (<= x0_0_0_1_0 u0_0_0_1_0))
(assert
 (<= l0_0_0_1_1 x0_0_0_1_1))
(assert
 (<= x0_0_0_1_1 u0_0_0_1_1))
(assert
 (<= l0_0_0_1_2 x0_0_0_1_2))
(assert
 (<= x0_0_0_1_2 u0_0_0_1_2))
(assert
 (<= l0_0_0_2_0 x0_0_0_2_0))
(assert
 (<= x0_0_0_2_0 u0_0_0_2_0))
(assert
 (<= l0_0_0_2_1 x0_0_0_2_1))
(assert
 (<= x0_0_0_2_1 u0_0_0_2_1))
(assert
 (<= l0_0_0_2_2 x0_0_0_2_2))
(assert
 (<= x0_0_0_2_2 u0_0_0_2_2))
(assert
 (let ((?x57 (ite (> x0_0_0_0_1 x0_0_0_0_2) x0_0_0_0_1 x0_0_0_0_2)))
(let ((?x59 (ite (> ?x57 x0_0_0_1_1) ?x57 x0_0_0_1_1)))
(let ((?x61 (ite (> ?x59 x0_0_0_1_2) ?x59 x0_0_0_1_2)))
(let ((?x89 (ite (and (distinct l0_0_0_1_2 l0_0_0_1_2) true) -inf! l0_0_0_1_2)))
(let ((?x88 (ite (and (distinct l0_0_0_1_1 l0_0_0_1_1) true) -inf! l0_0_0_1_1)))
(let ((?x86 (ite (and (distinct l0_0_0_0_2 l0_0_0_0_2) true) -inf! l0_0_0_0_2)))
(let ((?x85 (ite (and (distinct l0_0_0_0_1 l0_0_0_0_1) true) -inf! l0_0_0_0_1)))
(let ((?x119 (ite (> ?x85 ?x86) ?x85 ?x86)))
(let ((?x121 (ite (> ?x119 ?x88) ?x119 ?x88)))
(let ((?x123 (ite (> ?x121 ?x89) ?x121 ?x89)))
(let (($x168 (or (= ?x123 -inf!) (<= ?x123 ?x61))))
(not $x168)))))))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0_0_0 () Real)
(declare-fun l0_0_0_0_0 () Real)
(declare-fun u0_0_0_0_0 () Real)
(declare-fun x0_0_0_0_1 () Real)
(declare-fun l0_0_0_0_1 () Real)
(declare-fun u0_0_0_0_1 () Real)
(declare-fun x0_0_0_0_2 () Real)
(declare-fun l0_0_0_0_2 () Real)
(declare-fun u0_0_0_0_2 () Real)
(declare-fun x0_0_0_1_0 () Real)
(declare-fun l0_0_0_1_0 () Real)
(declare-fun u0_0_0_1_0 () Real)
(declare-fun x0_0_0_1_1 () Real)
(declare-fun l0_0_0_1_1 () Real)
(declare-fun u0_0_0_1_1 () Real)
(declare-fun x0_0_0_1_2 () Real)
(declare-fun l0_0_0_1_2 () Real)
(declare-fun u0_0_0_1_2 () Real)
(declare-fun x0_0_0_2_0 () Real)
(declare-fun l0_0_0_2_0 () Real)
(declare-fun u0_0_0_2_0 () Real)
(declare-fun x0_0_0_2_1 () Real)
(declare-fun l0_0_0_2_1 () Real)
(declare-fun u0_0_0_2_1 () Real)
(declare-fun x0_0_0_2_2 () Real)
(declare-fun l0_0_0_2_2 () Real)
(declare-fun u0_0_0_2_2 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0_0_0_0 x0_0_0_0_0))
(assert
 (<= x0_0_0_0_0 u0_0_0_0_0))
(assert
 (<= l0_0_0_0_1 x0_0_0_0_1))
(assert
 (<= x0_0_0_0_1 u0_0_0_0_1))
(assert
 (<= l0_0_0_0_2 x0_0_0_0_2))
(assert
 (<= x0_0_0_0_2 u0_0_0_0_2))
(assert
 (<= l0_0_0_1_0 x0_0_0_1_0))
(assert
 (<= x0_0_0_1_0 u0_0_0_1_0))
(assert
 (<= l0_0_0_1_1 x0_0_0_1_1))
(assert
 (<= x0_0_0_1_1 u0_0_0_1_1))
(assert
 (<= l0_0_0_1_2 x0_0_0_1_2))
(assert
 (<= x0_0_0_1_2 u0_0_0_1_2))
(assert
 (<= l0_0_0_2_0 x0_0_0_2_0))
(assert
 (<= x0_0_0_2_0 u0_0_0_2_0))
(assert
 (<= l0_0_0_2_1 x0_0_0_2_1))
(assert
 (<= x0_0_0_2_1 u0_0_0_2_1))
(assert
 (<= l0_0_0_2_2 x0_0_0_2_2))
(assert
 (<= x0_0_0_2_2 u0_0_0_2_2))
(assert
 (let ((?x108 (ite (and (distinct u0_0_0_1_2 u0_0_0_1_2) true) +inf! u0_0_0_1_2)))
(let ((?x107 (ite (and (distinct u0_0_0_1_1 u0_0_0_1_1) true) +inf! u0_0_0_1_1)))
(let ((?x105 (ite (and (distinct u0_0_0_0_2 u0_0_0_0_2) true) +inf! u0_0_0_0_2)))
(let ((?x104 (ite (and (distinct u0_0_0_0_1 u0_0_0_0_1) true) +inf! u0_0_0_0_1)))
(let ((?x143 (ite (> ?x104 ?x105) ?x104 ?x105)))
(let ((?x145 (ite (> ?x143 ?x107) ?x143 ?x107)))
(let ((?x147 (ite (> ?x145 ?x108) ?x145 ?x108)))
(let ((?x57 (ite (> x0_0_0_0_1 x0_0_0_0_2) x0_0_0_0_1 x0_0_0_0_2)))
(let ((?x59 (ite (> ?x57 x0_0_0_1_1) ?x57 x0_0_0_1_1)))
(let ((?x61 (ite (> ?x59 x0_0_0_1_2) ?x59 x0_0_0_1_2)))
(let (($x171 (or (= ?x147 +inf!) (<= ?x61 ?x147))))
(not $x171)))))))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0_0_0 () Real)
(declare-fun l0_0_0_0_0 () Real)
(declare-fun u0_0_0_0_0 () Real)
(declare-fun x0_0_0_0_1 () Real)
(declare-fun l0_0_0_0_1 () Real)
(declare-fun u0_0_0_0_1 () Real)
(declare-fun x0_0_0_0_2 () Real)
(declare-fun l0_0_0_0_2 () Real)
(declare-fun u0_0_0_0_2 () Real)
(declare-fun x0_0_0_1_0 () Real)
(declare-fun l0_0_0_1_0 () Real)
(declare-fun u0_0_0_1_0 () Real)
(declare-fun x0_0_0_1_1 () Real)
(declare-fun l0_0_0_1_1 () Real)
(declare-fun u0_0_0_1_1 () Real)
(declare-fun x0_0_0_1_2 () Real)
(declare-fun l0_0_0_1_2 () Real)
(declare-fun u0_0_0_1_2 () Real)
(declare-fun x0_0_0_2_0 () Real)
(declare-fun l0_0_0_2_0 () Real)
(declare-fun u0_0_0_2_0 () Real)
(declare-fun x0_0_0_2_1 () Real)
(declare-fun l0_0_0_2_1 () Real)
(declare-fun u0_0_0_2_1 () Real)
(declare-fun x0_0_0_2_2 () Real)
(declare-fun l0_0_0_2_2 () Real)
(declare-fun u0_0_0_2_2 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0_0_0_0 x0_0_0_0_0))
(assert
 (<= x0_0_0_0_0 u0_0_0_0_0))
(assert
 (<= l0_0_0_0_1 x0_0_0_0_1))
(assert
 (<= x0_0_0_0_1 u0_0_0_0_1))
(assert
 (<= l0_0_0_0_2 x0_0_0_0_2))
(assert
 (<= x0_0_0_0_2 u0_0_0_0_2))
(assert
 (<= l0_0_0_1_0 x0_0_0_1_0))
(assert
 (<= x0_0_0_1_0 u0_0_0_1_0))
(assert
 (<= l0_0_0_1_1 x0_0_0_1_1))
(assert
 (<= x0_0_0_1_1 u0_0_0_1_1))
(assert
 (<= l0_0_0_1_2 x0_0_0_1_2))
(assert
 (<= x0_0_0_1_2 u0_0_0_1_2))
(assert
 (<= l0_0_0_2_0 x0_0_0_2_0))
(assert
 (<= x0_0_0_2_0 u0_0_0_2_0))
(assert
 (<= l0_0_0_2_1 x0_0_0_2_1))
(assert
 (<= x0_0_0_2_1 u0_0_0_2_1))
(assert
 (<= l0_0_0_2_2 x0_0_0_2_2))
(assert
 (<= x0_0_0_2_2 u0_0_0_2_2))
(assert
 (let ((?x63 (ite (> x0_0_0_1_0 x0_0_0_1_1) x0_0_0_1_0 x0_0_0_1_1)))
(let ((?x65 (ite (> ?x63 x0_0_0_2_0) ?x63 x0_0_0_2_0)))
(let ((?x67 (ite (> ?x65 x0_0_0_2_1) ?x65 x0_0_0_2_1)))
(let ((?x91 (ite (and (distinct l0_0_0_2_1 l0_0_0_2_1) true) -inf! l0_0_0_2_1)))
(let ((?x90 (ite (and (distinct l0_0_0_2_0 l0_0_0_2_0) true) -inf! l0_0_0_2_0)))
(let ((?x88 (ite (and (distinct l0_0_0_1_1 l0_0_0_1_1) true) -inf! l0_0_0_1_1)))
(let ((?x87 (ite (and (distinct l0_0_0_1_0 l0_0_0_1_0) true) -inf! l0_0_0_1_0)))
(let ((?x125 (ite (> ?x87 ?x88) ?x87 ?x88)))
(let ((?x127 (ite (> ?x125 ?x90) ?x125 ?x90)))
(let ((?x129 (ite (> ?x127 ?x91) ?x127 ?x91)))
(let (($x174 (or (= ?x129 -inf!) (<= ?x129 ?x67))))
(not $x174)))))))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0_0_0 () Real)
(declare-fun l0_0_0_0_0 () Real)
(declare-fun u0_0_0_0_0 () Real)
(declare-fun x0_0_0_0_1 () Real)
(declare-fun l0_0_0_0_1 () Real)
(declare-fun u0_0_0_0_1 () Real)
(declare-fun x0_0_0_0_2 () Real)
(declare-fun l0_0_0_0_2 () Real)
(declare-fun u0_0_0_0_2 () Real)
(declare-fun x0_0_0_1_0 () Real)
(declare-fun l0_0_0_1_0 () Real)
(declare-fun u0_0_0_1_0 () Real)
(declare-fun x0_0_0_1_1 () Real)
(declare-fun l0_0_0_1_1 () Real)
(declare-fun u0_0_0_1_1 () Real)
(declare-fun x0_0_0_1_2 () Real)
(declare-fun l0_0_0_1_2 () Real)
(declare-fun u0_0_0_1_2 () Real)
(declare-fun x0_0_0_2_0 () Real)
(declare-fun l0_0_0_2_0 () Real)
(declare-fun u0_0_0_2_0 () Real)
(declare-fun x0_0_0_2_1 () Real)
(declare-fun l0_0_0_2_1 () Real)
(declare-fun u0_0_0_2_1 () Real)
(declare-fun x0_0_0_2_2 () Real)
(declare-fun l0_0_0_2_2 () Real)
(declare-fun u0_0_0_2_2 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0_0_0_0 x0_0_0_0_0))
(assert
 (<= x0_0_0_0_0 u0_0_0_0_0))
(assert
 (<= l0_0_0_0_1 x0_0_0_0_1))
(assert
 (<= x0_0_0_0_1 u0_0_0_0_1))
(assert
 (<= l0_0_0_0_2 x0_0_0_0_2))
(assert
 (<= x0_0_0_0_2 u0_0_0_0_2))
(assert
 (<= l0_0_0_1_0 x0_0_0_1_0))
(assert
 (<= x0_0_0_1_0 u0_0_0_1_0))
(assert
 (<= l0_0_0_1_1 x0_0_0_1_1))
(assert
 (<= x0_0_0_1_1 u0_0_0_1_1))
(assert
 (<= l0_0_0_1_2 x0_0_0_1_2))
(assert
 (<= x0_0_0_1_2 u0_0_0_1_2))
(assert
 (<= l0_0_0_2_0 x0_0_0_2_0))
(assert
 (<= x0_0_0_2_0 u0_0_0_2_0))
(assert
 (<= l0_0_0_2_1 x0_0_0_2_1))
(assert
 (<= x0_0_0_2_1 u0_0_0_2_1))
(assert
 (<= l0_0_0_2_2 x0_0_0_2_2))
(assert
 (<= x0_0_0_2_2 u0_0_0_2_2))
(assert
 (let ((?x110 (ite (and (distinct u0_0_0_2_1 u0_0_0_2_1) true) +inf! u0_0_0_2_1)))
(let ((?x109 (ite (and (distinct u0_0_0_2_0 u0_0_0_2_0) true) +inf! u0_0_0_2_0)))
(let ((?x107 (ite (and (distinct u0_0_0_1_1 u0_0_0_1_1) true) +inf! u0_0_0_1_1)))
(let ((?x106 (ite (and (distinct u0_0_0_1_0 u0_0_0_1_0) true) +inf! u0_0_0_1_0)))
(let ((?x149 (ite (> ?x106 ?x107) ?x106 ?x107)))
(let ((?x151 (ite (> ?x149 ?x109) ?x149 ?x109)))
(let ((?x153 (ite (> ?x151 ?x110) ?x151 ?x110)))
(let ((?x63 (ite (> x0_0_0_1_0 x0_0_0_1_1) x0_0_0_1_0 x0_0_0_1_1)))
(let ((?x65 (ite (> ?x63 x0_0_0_2_0) ?x63 x0_0_0_2_0)))
(let ((?x67 (ite (> ?x65 x0_0_0_2_1) ?x65 x0_0_0_2_1)))
(let (($x177 (or (= ?x153 +inf!) (<= ?x67 ?x153))))
(not $x177)))))))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0_0_0 () Real)
(declare-fun l0_0_0_0_0 () Real)
(declare-fun u0_0_0_0_0 () Real)
(declare-fun x0_0_0_0_1 () Real)
(declare-fun l0_0_0_0_1 () Real)
(declare-fun u0_0_0_0_1 () Real)
(declare-fun x0_0_0_0_2 () Real)
(declare-fun l0_0_0_0_2 () Real)
(declare-fun u0_0_0_0_2 () Real)
(declare-fun x0_0_0_1_0 () Real)
(declare-fun l0_0_0_1_0 () Real)
(declare-fun u0_0_0_1_0 () Real)
(declare-fun x0_0_0_1_1 () Real)
(declare-fun l0_0_0_1_1 () Real)
(declare-fun u0_0_0_1_1 () Real)
(declare-fun x0_0_0_1_2 () Real)
(declare-fun l0_0_0_1_2 () Real)
(declare-fun u0_0_0_1_2 () Real)
(declare-fun x0_0_0_2_0 () Real)
(declare-fun l0_0_0_2_0 () Real)
(declare-fun u0_0_0_2_0 () Real)
(declare-fun x0_0_0_2_1 () Real)
(declare-fun l0_0_0_2_1 () Real)
(declare-fun u0_0_0_2_1 () Real)
(declare-fun x0_0_0_2_2 () Real)
(declare-fun l0_0_0_2_2 () Real)
(declare-fun u0_0_0_2_2 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0_0_0_0 x0_0_0_0_0))
(assert
 (<= x0_0_0_0_0 u0_0_0_0_0))
(assert
 (<= l0_0_0_0_1 x0_0_0_0_1))
(assert
 (<= x0_0_0_0_1 u0_0_0_0_1))
(assert
 (<= l0_0_0_0_2 x0_0_0_0_2))
(assert
 (<= x0_0_0_0_2 u0_0_0_0_2))
(assert
 (<= l0_0_0_1_0 x0_0_0_1_0))
(assert
 (<= x0_0_0_1_0 u0_0_0_1_0))
(assert
 (<= l0_0_0_1_1 x0_0_0_1_1))
(assert
 (<= x0_0_0_1_1 u0_0_0_1_1))
(assert
 (<= l0_0_0_1_2 x0_0_0_1_2))
(assert
 (<= x0_0_0_1_2 u0_0_0_1_2))
(assert
 (<= l0_0_0_2_0 x0_0_0_2_0))
(assert
 (<= x0_0_0_2_0 u0_0_0_2_0))
(assert
 (<= l0_0_0_2_1 x0_0_0_2_1))
(assert
 (<= x0_0_0_2_1 u0_0_0_2_1))
(assert
 (<= l0_0_0_2_2 x0_0_0_2_2))
(assert
 (<= x0_0_0_2_2 u0_0_0_2_2))
(assert
 (let ((?x69 (ite (> x0_0_0_1_1 x0_0_0_1_2) x0_0_0_1_1 x0_0_0_1_2)))
(let ((?x71 (ite (> ?x69 x0_0_0_2_1) ?x69 x0_0_0_2_1)))
(let ((?x73 (ite (> ?x71 x0_0_0_2_2) ?x71 x0_0_0_2_2)))
(let ((?x92 (ite (and (distinct l0_0_0_2_2 l0_0_0_2_2) true) -inf! l0_0_0_2_2)))
(let ((?x91 (ite (and (distinct l0_0_0_2_1 l0_0_0_2_1) true) -inf! l0_0_0_2_1)))
(let ((?x89 (ite (and (distinct l0_0_0_1_2 l0_0_0_1_2) true) -inf! l0_0_0_1_2)))
(let ((?x88 (ite (and (distinct l0_0_0_1_1 l0_0_0_1_1) true) -inf! l0_0_0_1_1)))
(let ((?x131 (ite (> ?x88 ?x89) ?x88 ?x89)))
(let ((?x133 (ite (> ?x131 ?x91) ?x131 ?x91)))
(let ((?x135 (ite (> ?x133 ?x92) ?x133 ?x92)))
(let (($x180 (or (= ?x135 -inf!) (<= ?x135 ?x73))))
(not $x180)))))))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0_0_0 () Real)
(declare-fun l0_0_0_0_0 () Real)
(declare-fun u0_0_0_0_0 () Real)
(declare-fun x0_0_0_0_1 () Real)
(declare-fun l0_0_0_0_1 () Real)
(declare-fun u0_0_0_0_1 () Real)
(declare-fun x0_0_0_0_2 () Real)
(declare-fun l0_0_0_0_2 () Real)
(declare-fun u0_0_0_0_2 () Real)
(declare-fun x0_0_0_1_0 () Real)
(declare-fun l0_0_0_1_0 () Real)
(declare-fun u0_0_0_1_0 () Real)
(declare-fun x0_0_0_1_1 () Real)
(declare-fun l0_0_0_1_1 () Real)
(declare-fun u0_0_0_1_1 () Real)
(declare-fun x0_0_0_1_2 () Real)
(declare-fun l0_0_0_1_2 () Real)
(declare-fun u0_0_0_1_2 () Real)
(declare-fun x0_0_0_2_0 () Real)
(declare-fun l0_0_0_2_0 () Real)
(declare-fun u0_0_0_2_0 () Real)
(declare-fun x0_0_0_2_1 () Real)
(declare-fun l0_0_0_2_1 () Real)
(declare-fun u0_0_0_2_1 () Real)
(declare-fun x0_0_0_2_2 () Real)
(declare-fun l0_0_0_2_2 () Real)
(declare-fun u0_0_0_2_2 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0_0_0_0 x0_0_0_0_0))
(assert
 (<= x0_0_0_0_0 u0_0_0_0_0))
(assert
 (<= l0_0_0_0_1 x0_0_0_0_1))
(assert
 (<= x0_0_0_0_1 u0_0_0_0_1))
(assert
 (<= l0_0_0_0_2 x0_0_0_0_2))
(assert
 (<= x0_0_0_0_2 u0_0_0_0_2))
(assert
 (<= l0_0_0_1_0 x0_0_0_1_0))
(assert
 (<= x0_0_0_1_0 u0_0_0_1_0))
(assert
 (<= l0_0_0_1_1 x0_0_0_1_1))
(assert
 (<= x0_0_0_1_1 u0_0_0_1_1))
(assert
 (<= l0_0_0_1_2 x0_0_0_1_2))
(assert
 (<= x0_0_0_1_2 u0_0_0_1_2))
(assert
 (<= l0_0_0_2_0 x0_0_0_2_0))
(assert
 (<= x0_0_0_2_0 u0_0_0_2_0))
(assert
 (<= l0_0_0_2_1 x0_0_0_2_1))
(assert
 (<= x0_0_0_2_1 u0_0_0_2_1))
(assert
 (<= l0_0_0_2_2 x0_0_0_2_2))
(assert
 (<= x0_0_0_2_2 u0_0_0_2_2))
(assert
 (let ((?x111 (ite (and (distinct u0_0_0_2_2 u0_0_0_2_2) true) +inf! u0_0_0_2_2)))
(let ((?x110 (ite (and (distinct u0_0_0_2_1 u0_0_0_2_1) true) +inf! u0_0_0_2_1)))
(let ((?x108 (ite (and (distinct u0_0_0_1_2 u0_0_0_1_2) true) +inf! u0_0_0_1_2)))
(let ((?x107 (ite (and (distinct u0_0_0_1_1 u0_0_0_1_1) true) +inf! u0_0_0_1_1)))
(let ((?x155 (ite (> ?x107 ?x108) ?x107 ?x108)))
(let ((?x157 (ite (> ?x155 ?x110) ?x155 ?x110)))
(let ((?x159 (ite (> ?x157 ?x111) ?x157 ?x111)))
(let ((?x69 (ite (> x0_0_0_1_1 x0_0_0_1_2) x0_0_0_1_1 x0_0_0_1_2)))
(let ((?x71 (ite (> ?x69 x0_0_0_2_1) ?x69 x0_0_0_2_1)))
(let ((?x73 (ite (> ?x71 x0_0_0_2_2) ?x71 x0_0_0_2_2)))
(let (($x183 (or (= ?x159 +inf!) (<= ?x73 ?x159))))
(not $x183)))))))))))))
(check-sat)
