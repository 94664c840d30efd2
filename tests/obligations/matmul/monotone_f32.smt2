; torchsmt obligation gamma.monotone_f32 (lemma, op matmul, f32_composite)
; a <= b -> gamma_a <= gamma_b
(set-info :source |torchsmt lemma gamma.monotone_f32 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun a () Real)
(declare-fun ga () Real)
(declare-fun b () Real)
(declare-fun gb () Real)
(assert
 (let ((?x10 (* a (/ 1.0 16777216.0))))
 (= (* ga (- 1.0 ?x10)) ?x10)))
(assert
 (let ((?x10 (* a (/ 1.0 16777216.0))))
 (>= (/ 1.0 2.0) ?x10)))
(assert
 (>= a 1.0))
(assert
 (let ((?x18 (* b (/ 1.0 16777216.0))))
 (= (* gb (- 1.0 ?x18)) ?x18)))
(assert
 (let ((?x18 (* b (/ 1.0 16777216.0))))
 (>= (/ 1.0 2.0) ?x18)))
(assert
 (>= b 1.0))
(assert
 (<= a b))
(assert
 (let (($x25 (<= ga gb)))
(not $x25)))
(check-sat)
