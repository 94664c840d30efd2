; torchsmt obligation reduce_max.vjp_tie_to_first (lemma, op reduce_max, kink)
; kink convention of reduce_max's vjp rule
(set-info :source |torchsmt lemma reduce_max.vjp_tie_to_first kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_1 () Real)
(declare-fun x0_0 () Real)
(declare-fun x0_2 () Real)
(declare-fun w () Real)
(assert
 (= x0_0 x0_1))
(assert
 (>= x0_1 x0_2))
(assert
 (let ((?x9 (ite (> x0_0 x0_1) x0_0 x0_1)))
(let ((?x11 (ite (> ?x9 x0_2) ?x9 x0_2)))
(let ((?x22 (ite (= x0_2 ?x11) (- 2.0) (- 3.0))))
(let ((?x21 (ite (= x0_1 ?x11) (- 1.0) (- 3.0))))
(let ((?x20 (ite (= x0_0 ?x11) 0.0 (- 3.0))))
(let ((?x24 (ite (> ?x20 ?x21) ?x20 ?x21)))
(let ((?x26 (ite (> ?x24 ?x22) ?x24 ?x22)))
(let (($x40 (and (= (* w (ite (= ?x20 ?x26) 1.0 0.0)) w) (= 0.0 (* w (ite (= ?x21 ?x26) 1.0 0.0))) (= 0.0 (* w (ite (= ?x22 ?x26) 1.0 0.0))))))
(not $x40))))))))))
(check-sat)
