; torchsmt obligation rsqrt.jvp_eq_dual@2 (lemma, op rsqrt, jvp_eq_dual)
; the jvp rule equals the dual-number J v at shapes ((2,),), off kinks
(set-info :source |torchsmt lemma rsqrt.jvp_eq_dual@2 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun v0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun v0_1 () Real)
(declare-fun div!2 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(assert
 (let (($x88 (>= ts_sqrt!0 0.0)))
 (let ((?x11 (+ x0_0 (/ 1.0 100000.0))))
 (let (($x15 (>= ?x11 0.0)))
 (=> $x15 (and $x88 (= (* ts_sqrt!0 ts_sqrt!0) ?x11)))))))
(assert
 (let ((?x91 (* 2.0 ts_sqrt!0)))
 (let (($x94 (and (distinct ?x91 0.0) true)))
 (=> $x94 (= (* div!1 ?x91) (+ v0_0 0.0))))))
(assert
 (let (($x98 (>= ts_sqrt!1 0.0)))
 (let ((?x13 (+ x0_1 (/ 1.0 100000.0))))
 (let (($x30 (>= ?x13 0.0)))
 (=> $x30 (and $x98 (= (* ts_sqrt!1 ts_sqrt!1) ?x13)))))))
(assert
 (let ((?x101 (* 2.0 ts_sqrt!1)))
 (let (($x104 (and (distinct ?x101 0.0) true)))
 (=> $x104 (= (* div!2 ?x101) (+ v0_1 0.0))))))
(assert
 (let (($x108 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x108 (= 1.0 (* div!3 ts_sqrt!0)))))
(assert
 (let (($x108 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x108 (= (* div!4 ts_sqrt!0) (- 0.0 (* div!3 div!1))))))
(assert
 (let (($x115 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x115 (= 1.0 (* div!5 ts_sqrt!1)))))
(assert
 (let (($x115 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x115 (= (* div!6 ts_sqrt!1) (- 0.0 (* div!5 div!2))))))
(assert
 (let ((?x11 (+ x0_0 (/ 1.0 100000.0))))
 (>= ?x11 0.0)))
(assert
 (let ((?x91 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x91 0.0) true)))
(assert
 (let ((?x13 (+ x0_1 (/ 1.0 100000.0))))
 (>= ?x13 0.0)))
(assert
 (let ((?x101 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x101 0.0) true)))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (let (($x80 (= (* v0_0 (* (- (/ 1.0 2.0)) (* div!3 (* div!3 div!3)))) div!4)))
 (not $x80)))
(assert
 (let (($x122 (= ts_sqrt!0 ts_sqrt!1)))
(=> (and (= (+ x0_0 (/ 1.0 100000.0)) (+ x0_1 (/ 1.0 100000.0)))) $x122)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun v0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun v0_1 () Real)
(declare-fun div!2 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(assert
 (let (($x88 (>= ts_sqrt!0 0.0)))
 (let ((?x11 (+ x0_0 (/ 1.0 100000.0))))
 (let (($x15 (>= ?x11 0.0)))
 (=> $x15 (and $x88 (= (* ts_sqrt!0 ts_sqrt!0) ?x11)))))))
(assert
 (let ((?x91 (* 2.0 ts_sqrt!0)))
 (let (($x94 (and (distinct ?x91 0.0) true)))
 (=> $x94 (= (* div!1 ?x91) (+ v0_0 0.0))))))
(assert
 (let (($x98 (>= ts_sqrt!1 0.0)))
 (let ((?x13 (+ x0_1 (/ 1.0 100000.0))))
 (let (($x30 (>= ?x13 0.0)))
 (=> $x30 (and $x98 (= (* ts_sqrt!1 ts_sqrt!1) ?x13)))))))
(assert
 (let ((?x101 (* 2.0 ts_sqrt!1)))
 (let (($x104 (and (distinct ?x101 0.0) true)))
 (=> $x104 (= (* div!2 ?x101) (+ v0_1 0.0))))))
(assert
 (let (($x108 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x108 (= 1.0 (* div!3 ts_sqrt!0)))))
(assert
 (let (($x108 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x108 (= (* div!4 ts_sqrt!0) (- 0.0 (* div!3 div!1))))))
(assert
 (let (($x115 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x115 (= 1.0 (* div!5 ts_sqrt!1)))))
(assert
 (let (($x115 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x115 (= (* div!6 ts_sqrt!1) (- 0.0 (* div!5 div!2))))))
(assert
 (let ((?x11 (+ x0_0 (/ 1.0 100000.0))))
 (>= ?x11 0.0)))
(assert
 (let ((?x91 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x91 0.0) true)))
(assert
 (let ((?x13 (+ x0_1 (/ 1.0 100000.0))))
 (>= ?x13 0.0)))
(assert
 (let ((?x101 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x101 0.0) true)))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (let (($x81 (= (* v0_1 (* (- (/ 1.0 2.0)) (* div!5 (* div!5 div!5)))) div!6)))
 (not $x81)))
(assert
 (let (($x122 (= ts_sqrt!0 ts_sqrt!1)))
(=> (and (= (+ x0_0 (/ 1.0 100000.0)) (+ x0_1 (/ 1.0 100000.0)))) $x122)))
(check-sat)
