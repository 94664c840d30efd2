; torchsmt obligation gamma.step_le_f32 (lemma, op matmul, f32_composite)
; gamma_k (1 + u) + u <= gamma_{k+1} (k u <= 1/2)
(set-info :source |torchsmt lemma gamma.step_le_f32 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun k () Real)
(declare-fun g () Real)
(declare-fun g1 () Real)
(assert
 (let ((?x11 (* k (/ 1.0 16777216.0))))
 (= (* g (- 1.0 ?x11)) ?x11)))
(assert
 (let ((?x11 (* k (/ 1.0 16777216.0))))
 (>= (/ 1.0 2.0) ?x11)))
(assert
 (>= k 1.0))
(assert
 (let ((?x10 (+ k 1.0)))
 (let ((?x18 (* ?x10 (/ 1.0 16777216.0))))
 (= (* g1 (- 1.0 ?x18)) ?x18))))
(assert
 (let ((?x10 (+ k 1.0)))
 (let ((?x18 (* ?x10 (/ 1.0 16777216.0))))
 (>= (/ 1.0 2.0) ?x18))))
(assert
 (let ((?x10 (+ k 1.0)))
 (>= ?x10 1.0)))
(assert
 (let (($x27 (<= (+ (* g (+ 1.0 (/ 1.0 16777216.0))) (/ 1.0 16777216.0)) g1)))
(not $x27)))
(check-sat)
